using Quartz;
using Rempart.Data.Website;

namespace Rempart.Web.Website;

/// <summary>Every PollSeconds: looks for changes of the published programme, then pushes what changed (or failed earlier and is due) to WordPress.</summary>
[DisallowConcurrentExecution]
public sealed class SyncWebsiteJob(DetectWebsiteChanges detect, PushToWordPress push, ILogger<SyncWebsiteJob> logger) : IJob
{
    public static readonly JobKey Key = new("sync-website", "website");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var changes = await detect.ExecuteAsync(cancellationToken);
        if (changes.Entered + changes.Changed + changes.Left > 0)
            logger.LogInformation("Programme changes for the website: {Entered} new, {Changed} changed, {Left} gone, {Events} webhook deliveries",
                changes.Entered, changes.Changed, changes.Left, changes.Events);
        var (pushed, failed) = await push.ExecuteAsync(cancellationToken);
        if (pushed + failed > 0) logger.LogInformation("WordPress push: {Pushed} sent, {Failed} failed", pushed, failed);
    }
}

/// <summary>Every PollSeconds: posts the webhook deliveries that are due.</summary>
[DisallowConcurrentExecution]
public sealed class DeliverWebhooksJob(DeliverWebhooks deliver) : IJob
{
    public static readonly JobKey Key = new("deliver-webhooks", "website");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await deliver.ExecuteAsync(cancellationToken);
}

public static class WebsiteJobs
{
    public static void AddWebsiteJobs(this IQuartzBuilder quartz, int pollSeconds)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, pollSeconds));
        // The first run waits one interval: a server starting does not race the one that runs already.
        quartz.ScheduleJob<SyncWebsiteJob>(
            trigger => trigger.WithIdentity("sync-website", "website").StartAt(DateTimeOffset.UtcNow + every).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()),
            job => job.WithIdentity(SyncWebsiteJob.Key).WithDescription("Envoie au site WordPress les changements du programme publié"));
        quartz.ScheduleJob<DeliverWebhooksJob>(
            trigger => trigger.WithIdentity("deliver-webhooks", "website").StartAt(DateTimeOffset.UtcNow + every).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()),
            job => job.WithIdentity(DeliverWebhooksJob.Key).WithDescription("Envoie les webhooks du programme à leurs abonnés"));
    }
}
