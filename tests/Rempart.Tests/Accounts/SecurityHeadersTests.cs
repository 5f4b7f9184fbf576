using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task EveryPage_SendsAContentSecurityPolicy_AndRefusesFramingAndSniffing()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Map:TileUrl"] = "https://tiles.example.org/{z}/{x}/{y}.png",
        });
        using var client = app.CreateClient();

        var response = await client.GetAsync("/compte/connexion");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("img-src 'self' data: https://tiles.example.org", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task InProduction_HttpIsRedirectedToHttps()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Security:RequireHttps"] = "true",
            ["https_port"] = "443",
        });
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("http://localhost/compte/connexion");

        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location!.Scheme);
    }
}
