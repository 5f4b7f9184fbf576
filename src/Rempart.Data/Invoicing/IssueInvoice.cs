using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Invoicing;

namespace Rempart.Data.Invoicing;

/// <summary>
/// Issues the invoice of an order (for what it sells, donations aside), or the tax receipt of its
/// donations, once: asked again (a webhook replayed, a double click), it returns the one already
/// issued. Its number is the next of its kind and year, without gaps even when many are issued at
/// the same moment: the counter is locked for the transaction that takes a number and writes the
/// document (PostgreSQL: SELECT ... FOR UPDATE on the counter; SQLite: the transaction holds the
/// database's write lock), and a unique index would refuse a duplicate anyway. A number taken is
/// never lost: the counter moves only with its document.
/// </summary>
public sealed class IssueInvoice(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public Task<(Invoice? Invoice, string? Refusal)> ExecuteAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        IssueAsync(orderId, InvoiceKind.Invoice, cancellationToken);

    /// <summary>The tax receipt (reçu fiscal) of the order's donations; refused when it has none.</summary>
    public Task<(Invoice? Invoice, string? Refusal)> TaxReceiptAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        IssueAsync(orderId, InvoiceKind.TaxReceipt, cancellationToken);

    private async Task<(Invoice? Invoice, string? Refusal)> IssueAsync(Guid orderId, InvoiceKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null) return (null, "Cette commande n'existe pas.");
        var total = kind == InvoiceKind.TaxReceipt ? order.Donations : order.Invoiced;
        if (total <= 0) return (null, kind == InvoiceKind.TaxReceipt ? "Cette commande ne comporte pas de don." : "Cette commande ne comporte rien à facturer.");
        var now = clock.GetUtcNow().UtcDateTime;
        var year = InvoiceCounterLock.YearOf(now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InvoiceCounterLock.LockAsync(db, kind, year, cancellationToken);
        var existing = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.OrderId == orderId && i.Kind == kind, cancellationToken);
        if (existing is not null) return (existing, null);
        var sequence = await InvoiceCounterLock.NextAsync(db, kind, year, cancellationToken);
        var invoice = new Invoice
        {
            OrderId = orderId, Kind = kind, Year = year, Sequence = sequence,
            Number = InvoiceNumbers.Format(kind, year, sequence), IssuedAt = now, Total = total,
        };
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (invoice, null);
    }
}
