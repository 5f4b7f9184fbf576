using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;

namespace Rempart.Data.Invoicing;

/// <summary>A registration's order in force (the last one placed, not replaced), its payments and what it still owes.</summary>
internal sealed record CurrentOrder(Order Order, IReadOnlyList<Payment> Payments, IReadOnlyList<Refund> Refunds, Balance Balance, bool Invoiced)
{
    /// <summary>A payment under way or received, or an invoice issued: the order can no longer be replaced.</summary>
    public bool Started => Invoiced || Payments.Any(p => p.Status is PaymentStatus.Open or PaymentStatus.Paid);
}

internal static class CurrentOrderQuery
{
    public static async Task<CurrentOrder?> ForAsync(RempartDbContext db, Guid registrationId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.RegistrationId == registrationId && o.ReplacedAt == null)
            .OrderByDescending(o => o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (order is null) return null;
        order.Lines = order.Lines.OrderBy(l => l.Position).ToList();
        var money = await Payments.OrderBalanceQuery.ForAsync(db, order.Id, order.Total, cancellationToken);
        var invoiced = await db.Invoices.AnyAsync(i => i.OrderId == order.Id, cancellationToken);
        return new CurrentOrder(order, money.Payments, money.Refunds, money.Balance, invoiced);
    }
}
