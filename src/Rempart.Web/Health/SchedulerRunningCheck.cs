using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Rempart.Web.Health;

/// <summary>Unhealthy unless the job scheduler has started and is neither in standby nor shut down.</summary>
internal sealed class SchedulerRunningCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("scheduler running")
            : HealthCheckResult.Unhealthy($"scheduler {status}");
    }
}
