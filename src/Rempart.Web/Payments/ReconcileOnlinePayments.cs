using Microsoft.Extensions.Options;
using Quartz;
using Rempart.Data.Payments;
using Rempart.Web.Payments.Mollie;

namespace Rempart.Web.Payments;

/// <summary>
/// Re-checks every online payment still open with Mollie, so a webhook lost on the way never leaves
/// a registration unpaid, and closes those Mollie never confirmed creating after a while (the payer
/// was never sent to pay them).
/// </summary>
public sealed class ReconcileOnlinePayments(TrackOnlinePayment track, SyncOnlinePayment sync, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<ReconcileOnlinePayments> logger)
{
    public async Task<(int Checked, int Changed, int Abandoned)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var (toCheck, toAbandon) = await track.OpenAsync(clock.GetUtcNow().UtcDateTime.AddMinutes(-options.Value.AbandonAfterMinutes), cancellationToken);
        var changed = 0;
        foreach (var providerId in toCheck)
        {
            try
            {
                if ((await sync.ExecuteAsync(providerId, cancellationToken))?.Changed == true) changed++;
            }
            catch (MollieException exception)
            {
                // One payment Mollie cannot answer for must not stop the others; the next run tries again.
                logger.LogWarning("Payment {ProviderId} not reconciled: {Message}", providerId, exception.Message);
            }
        }
        foreach (var id in toAbandon) await track.AbandonAsync(id, cancellationToken);
        return (toCheck.Count, changed, toAbandon.Count);
    }
}

/// <summary>Every ten minutes: <see cref="ReconcileOnlinePayments"/>.</summary>
[DisallowConcurrentExecution]
public sealed class ReconcileOnlinePaymentsJob(ReconcileOnlinePayments reconcile, IOptions<MollieOptions> mollie, ILogger<ReconcileOnlinePaymentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("reconcile-online-payments", "payments");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!mollie.Value.Enabled) return;
        var (checkedCount, changed, abandoned) = await reconcile.ExecuteAsync(cancellationToken);
        if (changed + abandoned > 0) logger.LogInformation("{Checked} open payment(s) checked, {Changed} changed, {Abandoned} abandoned", checkedCount, changed, abandoned);
    }
}

public static class PaymentJobs
{
    public static void AddPaymentJobs(this IQuartzBuilder quartz) =>
        quartz.ScheduleJob<ReconcileOnlinePaymentsJob>(
            trigger => trigger.WithIdentity("reconcile-online-payments", "payments").WithCronSchedule("0 */10 * * * ?"),
            job => job.WithIdentity(ReconcileOnlinePaymentsJob.Key).WithDescription("Vérifie auprès de Mollie les paiements en ligne et remboursements en cours"));
}
