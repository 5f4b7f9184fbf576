namespace Rempart.Web.Payments;

/// <summary>Bound from "Payments".</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>Who is warned when money arrives for a registration that was cancelled meanwhile (a treasurer's shared address).</summary>
    public string? StaffAlertEmail { get; set; }

    /// <summary>Online payments the provider never confirmed creating are closed after this many minutes.</summary>
    public int AbandonAfterMinutes { get; set; } = 60;
}
