using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Invoicing;

namespace Rempart.Data.Invoicing;

/// <summary>
/// Issues the invoice of an order, once: asked again (a webhook replayed, a double click), it
/// returns the invoice already issued. Its number is the next of the year, without gaps even when
/// many invoices are issued at the same moment: the year's counter is locked for the transaction
/// that takes a number and writes the invoice (PostgreSQL: SELECT ... FOR UPDATE on the counter;
/// SQLite: the transaction holds the database's write lock), and a unique index would refuse a
/// duplicate anyway. A number taken is never lost: the counter moves only with its invoice.
/// </summary>
public sealed class IssueInvoice(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<(Invoice? Invoice, string? Refusal)> ExecuteAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null) return (null, "Cette commande n'existe pas.");
        var now = clock.GetUtcNow().UtcDateTime;
        var year = InvoiceCounterLock.YearOf(now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InvoiceCounterLock.LockAsync(db, InvoiceKind.Invoice, year, cancellationToken);
        var existing = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.OrderId == orderId && i.Kind == InvoiceKind.Invoice, cancellationToken);
        if (existing is not null) return (existing, null);
        var sequence = await InvoiceCounterLock.NextAsync(db, InvoiceKind.Invoice, year, cancellationToken);
        var invoice = new Invoice
        {
            OrderId = orderId, Kind = InvoiceKind.Invoice, Year = year, Sequence = sequence,
            Number = InvoiceNumbers.Format(InvoiceKind.Invoice, year, sequence), IssuedAt = now, Total = order.Total,
        };
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (invoice, null);
    }
}
