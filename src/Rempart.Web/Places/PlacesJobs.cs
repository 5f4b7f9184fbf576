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

/// <summary>Every minute: marks run-out holds as expired, then offers freed places to the waiting lists, by e-mail.</summary>
[DisallowConcurrentExecution]
public sealed class FreePlacesJob(ExpireHolds expire, OfferFreedPlaces offer, MailWaitingListOffers mail) : IJob
{
    public static readonly JobKey Key = new("free-places", "places");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await expire.ExecuteAsync(cancellationToken);
        await mail.ExecuteAsync(await offer.ExecuteAsync(cancellationToken), cancellationToken);
    }
}

public static class PlacesJobs
{
    public static void AddPlacesJobs(this IQuartzBuilder quartz)
    {
        // Hourly rather than at midnight: no time zone to get wrong, and a missed run is caught up an hour later.
        quartz.ScheduleJob<ReleaseAllocationsJob>(
            trigger => trigger.WithIdentity("release-allocations-hourly", "places").WithCronSchedule("0 5 * * * ?"),
            job => job.WithIdentity(ReleaseAllocationsJob.Key).WithDescription("Libère les places réservées non attribuées à leur date d'échéance"));
        quartz.ScheduleJob<FreePlacesJob>(
            trigger => trigger.WithIdentity("free-places-every-minute", "places").WithCronSchedule("0 * * * * ?"),
            job => job.WithIdentity(FreePlacesJob.Key).WithDescription("Expire les places retenues et propose les places libérées à la liste d'attente"));
    }
}
