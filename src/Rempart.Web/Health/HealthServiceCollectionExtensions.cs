using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rempart.Data;

namespace Rempart.Web.Health;

public static class HealthServiceCollectionExtensions
{
    public const string Path = "/healthz";

    public static IServiceCollection AddRempartHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StartedCheck>("start")
            .AddDbContextCheck<RempartDbContext>("database")
            .AddCheck<MigrationsAppliedCheck>("migrations")
            .AddCheck<SchedulerRunningCheck>("jobs");
        return services;
    }

    /// <summary>Anonymous on purpose (load balancers and orchestrators call it); it names checks, never data.</summary>
    public static IEndpointRouteBuilder MapRempartHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteJsonAsync }).DisableHttpMetrics();
        return endpoints;
    }

    private static Task WriteJsonAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
