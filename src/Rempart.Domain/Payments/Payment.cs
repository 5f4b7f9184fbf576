namespace Rempart.Domain.Payments;

public enum PaymentMethod
{
    Online,
    Cheque,
    BankTransfer,
    Cash,

    /// <summary>Chèques-Vacances (ANCV vouchers).</summary>
    HolidayVouchers,
}

public enum PaymentStatus
{
    /// <summary>Started online, not settled yet.</summary>
    Open,
    Paid,
    Failed,
    Expired,
    Canceled,
}

/// <summary>
/// Money received (or on its way) against an order, from one payer: an order may be paid by several
/// (a family and a social structure, part in holiday vouchers, the rest online). Only paid payments
/// count towards the balance.
/// </summary>
public sealed class Payment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public PaymentMethod Method { get; set; }
    public PaymentStatus Status { get; set; }
    public decimal Amount { get; set; }
    public string PayerName { get; set; } = "";

    /// <summary>The cheque number, the transfer's reference, the vouchers' numbers; the provider's id online.</summary>
    public string? Reference { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>When the money was received (paid payments only).</summary>
    public DateTime? PaidAt { get; set; }

    /// <summary>Who recorded it (staff), or who started it online.</summary>
    public Guid? RecordedBy { get; set; }

    /// <summary>Online: the payment's id at the provider ("tr_..."), once it answered.</summary>
    public string? ProviderId { get; set; }

    /// <summary>Online: where the payer pays, at the provider.</summary>
    public string? CheckoutUrl { get; set; }

    /// <summary>Online: when the status last changed, as the provider said.</summary>
    public DateTime? StatusChangedAt { get; set; }
}

public static class PaymentMethods
{
    public static string Label(PaymentMethod method) => method switch
    {
        PaymentMethod.Online => "paiement en ligne",
        PaymentMethod.Cheque => "chèque",
        PaymentMethod.BankTransfer => "virement",
        PaymentMethod.Cash => "espèces",
        _ => "chèques-vacances (ANCV)",
    };
}
