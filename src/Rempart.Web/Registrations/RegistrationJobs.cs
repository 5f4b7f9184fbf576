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

/// <summary>Every hour: reminds registrations awaiting payment, and releases the places of those past their deadline.</summary>
[DisallowConcurrentExecution]
public sealed class ChasePaymentsJob(ChasePayments chase, RegistrationMails mails, ILogger<ChasePaymentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("chase-payments", "registrations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var outcome = await chase.ExecuteAsync(cancellationToken);
        foreach (var reminder in outcome.Reminders) await mails.SendPaymentReminderAsync(reminder, cancellationToken);
        foreach (var move in outcome.Released) await mails.SendStageChangeAsync(move, cancellationToken);
        if (outcome.Released.Count > 0) logger.LogInformation("{Count} unpaid registration(s) released their place", outcome.Released.Count);
    }
}

public static class RegistrationJobs
{
    public static void AddRegistrationJobs(this IQuartzBuilder quartz)
    {
        quartz.ScheduleJob<PurgeHealthFormsJob>(
            trigger => trigger.WithIdentity("purge-health-forms-nightly", "registrations").WithCronSchedule("0 30 3 * * ?"),
            job => job.WithIdentity(PurgeHealthFormsJob.Key).WithDescription("Supprime les fiches sanitaires des sessions terminées"));
        quartz.ScheduleJob<ChasePaymentsJob>(
            trigger => trigger.WithIdentity("chase-payments-hourly", "registrations").WithCronSchedule("0 15 * * * ?"),
            job => job.WithIdentity(ChasePaymentsJob.Key).WithDescription("Relance les inscriptions non payées et libère les places après l'échéance"));
    }
}
