using Microsoft.EntityFrameworkCore;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;

namespace Rempart.Data.Payments;

/// <summary>What asking for a refund gave: the refund (done, or asked of the provider), the credit note that followed, or errors keyed by field.</summary>
public sealed record RefundRequested(Refund? Refund, Payment? Payment, Guid RegistrationId, IReadOnlyDictionary<string, string> Errors, Invoice? CreditNote)
{
    public bool Succeeded => Refund is not null;

    public static RefundRequested Refused(string message) => new(null, null, Guid.Empty, new Dictionary<string, string> { [""] = message }, null);
}

/// <summary>
/// Staff give back all or part of a payment received. A payment made by hand is refunded by hand (a
/// cheque or a transfer the treasurer makes): the refund is recorded as done, and a credit note
/// follows at once. An online payment is refunded through the provider: the refund is recorded as
/// asked, and its credit note follows when the provider reports it done (<see cref="ApplyRefundStatus"/>).
/// Decided under the registration's lock: two refunds at once never give back more than was paid.
/// </summary>
public sealed class RefundPayment(IDbContextFactory<RempartDbContext> contexts, ApplyRefundStatus apply, TimeProvider clock)
{
    public async Task<RefundRequested> ExecuteAsync(Guid paymentId, decimal amount, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!FinanceAccess.MayHandleMoney(actor)) return RefundRequested.Refused("Vous n'avez pas le droit de rembourser des paiements.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registrationId = await (from p in db.Payments join o in db.Orders on p.OrderId equals o.Id where p.Id == paymentId select (Guid?)o.RegistrationId)
            .FirstOrDefaultAsync(cancellationToken);
        if (registrationId is null) return RefundRequested.Refused("Ce paiement n'existe pas.");

        Refund refund;
        Payment payment;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await RegistrationLock.LockAsync(db, registrationId.Value, cancellationToken);
            payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == paymentId, cancellationToken);
            var refunds = await db.Refunds.AsNoTracking().Where(r => r.PaymentId == paymentId).ToListAsync(cancellationToken);
            var errors = RefundRules.Check(payment, refunds, amount, reason);
            if (errors.Count > 0) return new RefundRequested(null, payment, registrationId.Value, errors, null);
            refund = new Refund
            {
                PaymentId = paymentId, Amount = amount, Status = RefundStatus.Pending, Reason = reason!.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = actor.UserId,
            };
            db.Refunds.Add(refund);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (payment.Method == PaymentMethod.Online) return new RefundRequested(refund, payment, registrationId.Value, new Dictionary<string, string>(), null);
        // Given back by hand: done as soon as staff say so.
        var done = await apply.ExecuteAsync(refund.Id, RefundStatus.Refunded, cancellationToken);
        return new RefundRequested(done.Refund ?? refund, payment, registrationId.Value, new Dictionary<string, string>(), done.CreditNote);
    }
}
