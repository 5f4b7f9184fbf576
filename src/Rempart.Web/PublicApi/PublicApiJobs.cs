using Quartz;
using Rempart.Data.PublicApi;

namespace Rempart.Web.PublicApi;

/// <summary>Every night: the API's Idempotency-Keys older than a day are forgotten.</summary>
[DisallowConcurrentExecution]
public sealed class ForgetIdempotencyKeysJob(ApiIdempotency idempotency, ILogger<ForgetIdempotencyKeysJob> logger) : IJob
{
    public static readonly JobKey Key = new("forget-idempotency-keys", "api");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var forgotten = await idempotency.ForgetOldAsync(cancellationToken);
        if (forgotten > 0) logger.LogInformation("{Count} Idempotency-Key(s) older than a day forgotten", forgotten);
    }
}

public static class PublicApiJobs
{
    public static void AddPublicApiJobs(this IQuartzBuilder quartz) =>
        quartz.ScheduleJob<ForgetIdempotencyKeysJob>(
            trigger => trigger.WithIdentity("forget-idempotency-keys-nightly", "api").WithCronSchedule("0 15 4 * * ?"),
            job => job.WithIdentity(ForgetIdempotencyKeysJob.Key).WithDescription("Oublie les clés d'idempotence de l'API de plus d'un jour"));
}
