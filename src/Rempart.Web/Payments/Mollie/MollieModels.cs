using System.Globalization;
using System.Text.Json.Serialization;

namespace Rempart.Web.Payments.Mollie;

/// <summary>Mollie's amount: a currency and a string value with exactly two decimals ("10.00").</summary>
public sealed record MollieAmount(
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("value")] string Value)
{
    public static MollieAmount Euros(decimal amount) => new("EUR", amount.ToString("0.00", CultureInfo.InvariantCulture));

    public decimal ToDecimal() => decimal.Parse(Value, NumberStyles.Number, CultureInfo.InvariantCulture);
}

public sealed record MollieLink([property: JsonPropertyName("href")] string Href);

public sealed record MollieLinks([property: JsonPropertyName("checkout")] MollieLink? Checkout);

/// <summary>The body of "Create payment" (POST /v2/payments).</summary>
public sealed record MolliePaymentRequest(
    [property: JsonPropertyName("amount")] MollieAmount Amount,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("redirectUrl")] string RedirectUrl,
    [property: JsonPropertyName("webhookUrl")] string? WebhookUrl,
    [property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, string>? Metadata,
    [property: JsonPropertyName("locale")] string? Locale = "fr_FR");

/// <summary>A payment as Mollie returns it (the fields Rempart reads).</summary>
public sealed record MolliePayment(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("amount")] MollieAmount Amount,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("paidAt")] DateTimeOffset? PaidAt,
    [property: JsonPropertyName("amountRefunded")] MollieAmount? AmountRefunded,
    [property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, string>? Metadata,
    [property: JsonPropertyName("_links")] MollieLinks? Links);

/// <summary>The body of "Create payment refund".</summary>
public sealed record MollieRefundRequest(
    [property: JsonPropertyName("amount")] MollieAmount Amount,
    [property: JsonPropertyName("description")] string Description);

/// <summary>A refund: queued, pending, processing, refunded, failed or canceled.</summary>
public sealed record MollieRefund(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("amount")] MollieAmount Amount,
    [property: JsonPropertyName("paymentId")] string? PaymentId);

public sealed record MollieRefundList([property: JsonPropertyName("_embedded")] MollieRefundEmbedded? Embedded);

public sealed record MollieRefundEmbedded([property: JsonPropertyName("refunds")] IReadOnlyList<MollieRefund> Refunds);

/// <summary>Mollie's error body (application/hal+json): status, title, detail, and the field at fault if any.</summary>
public sealed record MollieError(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("detail")] string? Detail,
    [property: JsonPropertyName("field")] string? Field);

/// <summary>A call to Mollie that did not succeed, with a message a person can act on, in French.</summary>
public sealed class MollieException(string message, int? status, string? detail, Exception? inner = null) : Exception(message, inner)
{
    public int? Status { get; } = status;

    /// <summary>Mollie's own words (English), for the logs.</summary>
    public string? Detail { get; } = detail;
}
