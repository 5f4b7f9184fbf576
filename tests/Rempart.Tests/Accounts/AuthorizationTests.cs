using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

public sealed class AuthorizationTests : IAsyncLifetime
{
    private RempartAppFactory app = default!;

    public async Task InitializeAsync() => app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("/gestion")]
    [InlineData("/association")]
    [InlineData("/partenaire")]
    [InlineData("/benevole")]
    [InlineData("/extranet")]
    [InlineData("/admin")]
    [InlineData("/")]
    [InlineData("/gestion/sites")]
    [InlineData("/gestion/sessions/nouvelle")]
    public async Task EverySpace_WhenAnonymous_RedirectsToSignIn(string path)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/compte/connexion", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync("/compte/deconnexion", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/compte/connexion", "/compte/connexion")]
    public async Task LanguageSwitch_GoesBackOnlyToThisSite(string target, string expected)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/langue/en?retour={Uri.EscapeDataString(target)}");

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Den"));
    }

    [Fact]
    public void DataProtectionKeys_ArePersistedInTheDataFolder()
    {
        _ = app.Services; // the host is built and started
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.StorageRoot, "keys"), "key-*.xml"));
    }
}
