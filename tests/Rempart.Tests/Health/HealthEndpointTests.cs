using System.Net;
using System.Text.Json;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Health;

public sealed class HealthEndpointTests
{
    [Theory, DatabaseData]
    public async Task Healthz_AfterStartUp_ReportsDatabaseMigrationsAndJobsHealthy(DatabaseProvider provider)
    {
        await using var app = await RempartAppFactory.CreateAsync(provider);
        using var client = app.CreateClient();

        // The scheduler starts once the application has started: poll, as an orchestrator would.
        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            response = await client.GetAsync("/healthz");
            if (response.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        foreach (var check in new[] { "start", "database", "migrations", "jobs" })
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheStartCheck_IsUnhealthy_UntilEveryHostedServiceHasStarted()
    {
        // The hosted services start together: the web server answers before the first account exists.
        var lifetime = new Microsoft.Extensions.Hosting.Internal.ApplicationLifetime(
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>.Instance);
        var check = new Rempart.Web.Health.StartedCheck(lifetime);

        var before = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
        lifetime.NotifyStarted();
        var after = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, before.Status);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, after.Status);
    }
}
