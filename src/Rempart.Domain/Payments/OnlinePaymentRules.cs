namespace Rempart.Domain.Payments;

/// <summary>
/// How an online payment's status moves: it starts open and ends once, paid, failed, expired or
/// canceled. A status read again (a webhook replayed, the return page and the webhook at once)
/// changes nothing; a final status never changes back.
/// </summary>
public static class OnlinePaymentRules
{
    public static bool IsFinal(PaymentStatus status) => status != PaymentStatus.Open;

    /// <summary>Whether moving to <paramref name="reported"/> is a real change to apply.</summary>
    public static bool Changes(PaymentStatus current, PaymentStatus reported) => !IsFinal(current) && reported != current;

    /// <summary>Mollie's statuses: open, pending and authorized are all "not settled yet".</summary>
    public static PaymentStatus? FromMollie(string status) => status switch
    {
        "open" or "pending" or "authorized" => PaymentStatus.Open,
        "paid" => PaymentStatus.Paid,
        "failed" => PaymentStatus.Failed,
        "expired" => PaymentStatus.Expired,
        "canceled" => PaymentStatus.Canceled,
        _ => null,
    };
}
