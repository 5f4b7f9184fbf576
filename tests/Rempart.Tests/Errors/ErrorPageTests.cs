using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Errors;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task UnhandledException_InProduction_ShowsTheFrenchErrorPage_WithoutAStackTrace()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ThrowingEndpoint>())).CreateClient();

        var response = await client.GetAsync("/test/panne");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Une erreur s&#x27;est produite", html);
        Assert.DoesNotContain("Panne simulée", html);
        Assert.DoesNotContain("ThrowingEndpoint", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task UnknownAddress_Answers404_WithTheFrenchPage()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/nulle-part");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Adds, after the application's own pipeline, an address that always fails.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/panne", b => b.Run(_ => throw new InvalidOperationException("Panne simulée")));
        };
    }
}
