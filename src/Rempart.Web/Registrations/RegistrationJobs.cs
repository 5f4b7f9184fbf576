using Quartz;
using Rempart.Data.Registrations;

namespace Rempart.Web.Registrations;

/// <summary>Every night: deletes the health forms of sessions ended long enough ago.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeHealthFormsJob(PurgeHealthForms purge, ILogger<PurgeHealthFormsJob> logger) : IJob
{
    public static readonly JobKey Key = new("purge-health-forms", "registrations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var deleted = await purge.ExecuteAsync(cancellationToken);
        if (deleted > 0) logger.LogInformation("{Count} health form(s) deleted after their session", deleted);
    }
}

public static class RegistrationJobs
{
    public static void AddRegistrationJobs(this IQuartzBuilder quartz) =>
        quartz.ScheduleJob<PurgeHealthFormsJob>(
            trigger => trigger.WithIdentity("purge-health-forms-nightly", "registrations").WithCronSchedule("0 30 3 * * ?"),
            job => job.WithIdentity(PurgeHealthFormsJob.Key));
}
