using Microsoft.Extensions.Options;
using Rempart.Data.Payments;
using Rempart.Domain.Accounts;
using Rempart.Web.Mail;
using Rempart.Web.Payments.Mollie;

namespace Rempart.Web.Payments;

/// <summary>
/// Sends the volunteer's side to pay online: opens (or takes up) the order's online payment, creates
/// it at Mollie with the payment's own id as <c>Idempotency-Key</c> (a retry after a lost answer gets
/// the same Mollie payment back), and returns Mollie's checkout page. Mollie sends the payer back to
/// <see cref="PaymentEndpoints.ReturnPath"/> and posts status changes to the webhook.
/// </summary>
public sealed class PayOnline(OpenOnlinePayment open, TrackOnlinePayment track, MollieClient mollie, IOptions<MollieOptions> options, IOptions<MailOptions> site, ILogger<PayOnline> logger)
{
    public async Task<(string? CheckoutUrl, string? Refusal)> ExecuteAsync(Guid registrationId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled) return (null, "Le paiement en ligne n'est pas disponible : réglez par chèque, virement ou chèques-vacances auprès de l'association.");
        var (start, refusal) = await open.ExecuteAsync(registrationId, actor, cancellationToken);
        if (start is null) return (null, refusal);
        if (start.Payment.CheckoutUrl is { } known) return (known, null);
        var baseUrl = site.Value.PublicBaseUrl.TrimEnd('/');
        try
        {
            var created = await mollie.CreatePaymentAsync(new MolliePaymentRequest(
                MollieAmount.Euros(start.Payment.Amount), start.Description,
                $"{baseUrl}{PaymentEndpoints.ReturnPath}/{start.Payment.Id}", $"{baseUrl}{PaymentEndpoints.WebhookPath}",
                new Dictionary<string, string> { ["payment"] = start.Payment.Id.ToString(), ["registration"] = registrationId.ToString() }),
                start.Payment.Id.ToString(), cancellationToken);
            var checkout = created.Links?.Checkout?.Href;
            await track.AttachAsync(start.Payment.Id, created.Id, checkout, cancellationToken);
            return checkout is null ? (null, "Le service de paiement n'a pas donné de page de paiement. Réessayez.") : (checkout, null);
        }
        catch (MollieException exception)
        {
            logger.LogWarning("Online payment {PaymentId} not created: {Detail}", start.Payment.Id, exception.Detail);
            // A refusal is final; a service that did not answer may still have created it, and the
            // next attempt (same key) or the reconciliation job will find out.
            if (exception.Status is >= 400 and < 500 and not 429) await track.AbandonAsync(start.Payment.Id, cancellationToken);
            return (null, exception.Message);
        }
    }
}
