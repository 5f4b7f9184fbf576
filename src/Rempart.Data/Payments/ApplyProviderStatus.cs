using Microsoft.EntityFrameworkCore;
using Rempart.Data.Registrations;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Payments;

/// <summary>What a status reported by the provider did.</summary>
/// <param name="Payment">The payment, as it now stands; null for an id that is not ours.</param>
/// <param name="RegistrationId">The registration it pays for.</param>
/// <param name="Changed">Whether this call applied the change (only one caller ever does).</param>
/// <param name="Settlement">What followed a payment received: documents, confirmation.</param>
/// <param name="RegistrationClosed">Paid for a registration already cancelled (its place released): staff must decide.</param>
public sealed record ProviderStatusApplied(Payment? Payment, Guid RegistrationId, bool Changed, Settlement? Settlement, bool RegistrationClosed);

/// <summary>
/// Applies the status the provider reports for an online payment, once: under the registration's
/// lock, a change is applied only if the payment is still open and the status really differs, so
/// the webhook replayed ten times and the return page at the same moment apply it exactly once and
/// only that caller sends the e-mails. A payment received for a registration that was cancelled
/// meanwhile (its place released) is recorded, not used to confirm it: the session may be full.
/// </summary>
public sealed class ApplyProviderStatus(IDbContextFactory<RempartDbContext> contexts, SettleOrder settle, TimeProvider clock)
{
    public async Task<ProviderStatusApplied> ExecuteAsync(string providerId, PaymentStatus reported, DateTime? paidAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from p in db.Payments join o in db.Orders on p.OrderId equals o.Id
                           where p.ProviderId == providerId select new { p.Id, o.RegistrationId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return new ProviderStatusApplied(null, Guid.Empty, false, null, false);

        Payment payment;
        RegistrationStage stage;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await RegistrationLock.LockAsync(db, found.RegistrationId, cancellationToken);
            payment = await db.Payments.FirstAsync(p => p.Id == found.Id, cancellationToken);
            stage = await db.Registrations.Where(r => r.Id == found.RegistrationId).Select(r => r.Stage).FirstAsync(cancellationToken);
            if (!OnlinePaymentRules.Changes(payment.Status, reported)) return new ProviderStatusApplied(payment, found.RegistrationId, false, null, false);
            var now = clock.GetUtcNow().UtcDateTime;
            payment.Status = reported;
            payment.StatusChangedAt = now;
            if (reported == PaymentStatus.Paid) payment.PaidAt = paidAt ?? now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (reported != PaymentStatus.Paid) return new ProviderStatusApplied(payment, found.RegistrationId, true, null, false);
        var closed = RegistrationLifecycle.IsClosed(stage);
        var settlement = closed ? null : await settle.ExecuteAsync(payment.OrderId, cancellationToken);
        return new ProviderStatusApplied(payment, found.RegistrationId, true, settlement, closed);
    }
}
