namespace Rempart.Domain.Payments;

public enum RefundStatus
{
    /// <summary>Asked of the provider, not carried out yet.</summary>
    Pending,
    Refunded,
    Failed,
    Canceled,
}

/// <summary>
/// Money given back on a payment, in full or in part: online through the provider (which reports
/// its progress), or by hand (a cheque or a transfer the treasurer made, recorded as done). A credit
/// note follows it when the payment's order was invoiced.
/// </summary>
public sealed class Refund
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PaymentId { get; set; }
    public decimal Amount { get; set; }
    public RefundStatus Status { get; set; }
    public string Reason { get; set; } = "";
    public string? ProviderId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RefundedAt { get; set; }
    public Guid? RecordedBy { get; set; }

    /// <summary>The credit note issued with it, if its order was invoiced.</summary>
    public Guid? CreditNoteId { get; set; }
}
