using Rempart.Domain.Pricing;

namespace Rempart.Domain.Payments;

/// <summary>
/// What an order still owes: its total, less what credit notes took off it, less what was paid and
/// not given back. Never below zero. A refund without a credit note makes the money owed again.
/// </summary>
public sealed record Balance(decimal Total, decimal Paid, decimal Credited = 0, decimal Refunded = 0)
{
    public decimal Due => Math.Max(0, Money.Round(Total - Credited - (Paid - Refunded)));

    public bool Settled => Due == 0;

    public static Balance Of(decimal total, IEnumerable<Payment> payments, IEnumerable<Refund>? refunds = null, decimal credited = 0) =>
        new(total, Money.Round(payments.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.Amount)), Money.Round(credited),
            Money.Round((refunds ?? []).Where(r => RefundRules.Counts(r.Status)).Sum(r => r.Amount)));
}
