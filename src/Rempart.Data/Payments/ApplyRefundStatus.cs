using Microsoft.EntityFrameworkCore;
using Rempart.Data.Invoicing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Payments;

/// <summary>What a refund's new status did.</summary>
public sealed record RefundStatusApplied(Refund? Refund, bool Changed, Invoice? CreditNote);

/// <summary>
/// Moves a refund from asked to done, failed or canceled, once (under the registration's lock, like
/// payments). Done, it is followed by a credit note on the order's invoice for the amount given back
/// (within what the invoice still owes: a refunded donation is not on the invoice).
/// </summary>
public sealed class ApplyRefundStatus(IDbContextFactory<RempartDbContext> contexts, IssueCreditNote credit, TimeProvider clock)
{
    public async Task<RefundStatusApplied> ExecuteAsync(Guid refundId, RefundStatus reported, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from r in db.Refunds join p in db.Payments on r.PaymentId equals p.Id join o in db.Orders on p.OrderId equals o.Id
                           where r.Id == refundId select new { o.RegistrationId, OrderId = o.Id }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return new RefundStatusApplied(null, false, null);
        Refund refund;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await RegistrationLock.LockAsync(db, found.RegistrationId, cancellationToken);
            refund = await db.Refunds.FirstAsync(r => r.Id == refundId, cancellationToken);
            if (refund.Status != RefundStatus.Pending || reported == RefundStatus.Pending) return new RefundStatusApplied(refund, false, null);
            refund.Status = reported;
            if (reported == RefundStatus.Refunded) refund.RefundedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (reported != RefundStatus.Refunded) return new RefundStatusApplied(refund, true, null);

        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.OrderId == found.OrderId && i.Kind == InvoiceKind.Invoice, cancellationToken);
        if (invoice is null) return new RefundStatusApplied(refund, true, null);
        var credited = (await db.Invoices.Where(i => i.CreditsInvoiceId == invoice.Id).Select(i => i.Total).ToListAsync(cancellationToken)).Sum();
        var amount = Math.Min(refund.Amount, Money.Round(invoice.Total - credited));
        if (amount <= 0) return new RefundStatusApplied(refund, true, null);
        var (note, _) = await credit.ExecuteAsync(invoice.Id, amount, Actor.Rempart, cancellationToken);
        if (note is not null)
        {
            await db.Refunds.Where(r => r.Id == refundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.CreditNoteId, note.Id), cancellationToken);
            refund.CreditNoteId = note.Id;
        }
        return new RefundStatusApplied(refund, true, note);
    }

    /// <summary>Records the provider's id of an online refund, once known.</summary>
    public async Task AttachAsync(Guid refundId, string providerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Refunds.Where(r => r.Id == refundId && r.ProviderId == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.ProviderId, providerId), cancellationToken);
    }

    /// <summary>The online refunds still pending on a payment of the provider: (our id, the provider's id).</summary>
    public async Task<IReadOnlyList<(Guid Id, string? ProviderId)>> PendingAsync(string paymentProviderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from r in db.Refunds join p in db.Payments on r.PaymentId equals p.Id
                          where p.ProviderId == paymentProviderId && r.Status == RefundStatus.Pending
                          select new { r.Id, r.ProviderId }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, (string?)r.ProviderId)).ToList();
    }
}
