using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;

namespace Rempart.Data.Payments;

/// <summary>An order's payments, refunds and credit notes, and the balance they leave: read once, for every operation that decides on money.</summary>
internal sealed record OrderMoney(IReadOnlyList<Payment> Payments, IReadOnlyList<Refund> Refunds, decimal Credited, Balance Balance);

internal static class OrderBalanceQuery
{
    public static async Task<OrderMoney> ForAsync(RempartDbContext db, Guid orderId, decimal total, CancellationToken cancellationToken)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var ids = payments.Select(p => p.Id).ToList();
        var refunds = await db.Refunds.AsNoTracking().Where(r => ids.Contains(r.PaymentId)).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        // Summed in memory: SQLite keeps decimals as text.
        var credited = (await db.Invoices.Where(i => i.OrderId == orderId && i.Kind == InvoiceKind.CreditNote).Select(i => i.Total).ToListAsync(cancellationToken)).Sum();
        return new OrderMoney(payments, refunds, credited, Balance.Of(total, payments, refunds, credited));
    }
}
