using Rempart.Domain.Pricing;

namespace Rempart.Domain.Payments;

/// <summary>What a refund may give back: part or all of what a received payment has not given back yet.</summary>
public static class RefundRules
{
    /// <summary>Refunds that count: asked or done, not those that failed or were canceled.</summary>
    public static bool Counts(RefundStatus status) => status is RefundStatus.Pending or RefundStatus.Refunded;

    public static decimal Refundable(Payment payment, IEnumerable<Refund> refunds) =>
        payment.Status != PaymentStatus.Paid ? 0 : Money.Round(payment.Amount - refunds.Where(r => r.PaymentId == payment.Id && Counts(r.Status)).Sum(r => r.Amount));

    /// <summary>Errors keyed by field, in French; empty when the refund can be made.</summary>
    public static Dictionary<string, string> Check(Payment payment, IEnumerable<Refund> refunds, decimal amount, string? reason)
    {
        var errors = new Dictionary<string, string>();
        var refundable = Refundable(payment, refunds);
        if (payment.Status != PaymentStatus.Paid) errors["Amount"] = "Seul un paiement reçu peut être remboursé.";
        else if (amount <= 0) errors["Amount"] = "Indiquez un montant positif.";
        else if (amount != Money.Round(amount)) errors["Amount"] = "Indiquez un montant en euros et centimes.";
        else if (amount > refundable) errors["Amount"] = refundable == 0 ? "Ce paiement est déjà entièrement remboursé." : $"Il ne reste que {Money.Format(refundable)} à rembourser sur ce paiement.";
        if (string.IsNullOrWhiteSpace(reason)) errors["Reason"] = "Indiquez le motif du remboursement.";
        else if (reason.Trim().Length > 500) errors["Reason"] = "500 caractères au plus.";
        return errors;
    }

    /// <summary>Mollie's refund statuses: queued, pending and processing are all "asked, not done yet".</summary>
    public static RefundStatus? FromMollie(string status) => status switch
    {
        "queued" or "pending" or "processing" => RefundStatus.Pending,
        "refunded" => RefundStatus.Refunded,
        "failed" => RefundStatus.Failed,
        "canceled" => RefundStatus.Canceled,
        _ => null,
    };

    public static string Label(RefundStatus status) => status switch
    {
        RefundStatus.Pending => "en cours",
        RefundStatus.Refunded => "remboursé",
        RefundStatus.Failed => "échoué",
        _ => "annulé",
    };
}
