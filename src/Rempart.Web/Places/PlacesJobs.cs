using Quartz;
using Rempart.Data.Places;

namespace Rempart.Web.Places;

/// <summary>Returns unused allocated places to the open pool on their release date (checked every hour).</summary>
[DisallowConcurrentExecution]
public sealed class ReleaseAllocationsJob(ReleaseDueAllocations release, ILogger<ReleaseAllocationsJob> logger) : IJob
{
    public static readonly JobKey Key = new("release-allocations", "places");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var released = await release.ExecuteAsync(cancellationToken);
        if (released > 0) logger.LogInformation("{Count} allocation(s) released to the open pool", released);
    }
}

/// <summary>Marks run-out holds as expired, every minute.</summary>
[DisallowConcurrentExecution]
public sealed class ExpireHoldsJob(ExpireHolds expire) : IJob
{
    public static readonly JobKey Key = new("expire-holds", "places");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await expire.ExecuteAsync(cancellationToken);
}

public static class PlacesJobs
{
    public static void AddPlacesJobs(this IQuartzBuilder quartz)
    {
        // Hourly rather than at midnight: no time zone to get wrong, and a missed run is caught up an hour later.
        quartz.ScheduleJob<ReleaseAllocationsJob>(
            trigger => trigger.WithIdentity("release-allocations-hourly", "places").WithCronSchedule("0 5 * * * ?"),
            job => job.WithIdentity(ReleaseAllocationsJob.Key));
        quartz.ScheduleJob<ExpireHoldsJob>(
            trigger => trigger.WithIdentity("expire-holds-every-minute", "places").WithCronSchedule("0 * * * * ?"),
            job => job.WithIdentity(ExpireHoldsJob.Key));
    }
}
