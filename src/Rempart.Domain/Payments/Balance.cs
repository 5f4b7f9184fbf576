using Rempart.Domain.Pricing;

namespace Rempart.Domain.Payments;

/// <summary>What an order still owes: its total less what was paid and not refunded. Never below zero.</summary>
public sealed record Balance(decimal Total, decimal Paid)
{
    public decimal Due => Math.Max(0, Money.Round(Total - Paid));

    public bool Settled => Due == 0;

    public static Balance Of(decimal total, IEnumerable<Payment> payments) =>
        new(total, Money.Round(payments.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.Amount)));
}
