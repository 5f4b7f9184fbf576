using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;

namespace Rempart.Data.Invoicing;

/// <summary>
/// Issues a credit note (avoir) against an invoice, for all or part of what it still owes: the
/// invoice itself never changes. Numbered like invoices but in its own series ("AV-2027-000001"),
/// and decided under the same lock, so two refunds at once never credit more than the invoice.
/// For staff recording payments and refunds, or Rempart's own cancellations.
/// </summary>
public sealed class IssueCreditNote(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <param name="invoiceId">The invoice credited.</param>
    /// <param name="amount">How much; null for all that remains.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(Invoice? CreditNote, string? Refusal)> ExecuteAsync(Guid invoiceId, decimal? amount, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsRempart && !FinanceAccess.MayHandleMoney(actor)) return (null, "Vous n'avez pas le droit d'émettre des avoirs.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = InvoiceCounterLock.YearOf(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InvoiceCounterLock.LockAsync(db, InvoiceKind.CreditNote, year, cancellationToken);
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null) return (null, "Cette facture n'existe pas.");
        // Summed in memory: SQLite stores decimals as text and cannot add them up itself.
        var credited = (await db.Invoices.Where(i => i.CreditsInvoiceId == invoiceId).Select(i => i.Total).ToListAsync(cancellationToken)).Sum();
        var value = amount ?? invoice.Total - credited;
        if (CreditRules.Refuse(invoice, credited, value) is { } refusal) return (null, refusal);
        var sequence = await InvoiceCounterLock.NextAsync(db, InvoiceKind.CreditNote, year, cancellationToken);
        var note = new Invoice
        {
            OrderId = invoice.OrderId, Kind = InvoiceKind.CreditNote, Year = year, Sequence = sequence,
            Number = InvoiceNumbers.Format(InvoiceKind.CreditNote, year, sequence), IssuedAt = now, Total = value, CreditsInvoiceId = invoice.Id,
        };
        db.Invoices.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (note, null);
    }
}
