using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rempart.Web.Health;

/// <summary>
/// Unhealthy until every hosted service has started. They start together (decision 0031), so the web
/// server may answer while the first super-admin is still being created: a proxy or a test that signs
/// in once <c>/healthz</c> says healthy must find the start finished.
/// </summary>
public sealed class StartedCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested
            ? HealthCheckResult.Healthy("started")
            : HealthCheckResult.Unhealthy("starting"));
}
