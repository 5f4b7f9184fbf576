using Microsoft.Extensions.Options;
using Rempart.Data.Payments;
using Rempart.Domain.Payments;
using Rempart.Web.Mail;
using Rempart.Web.Payments.Mollie;
using Rempart.Web.Registrations;

namespace Rempart.Web.Payments;

/// <summary>
/// Reads an online payment's real status from Mollie and applies it (<see cref="ApplyProviderStatus"/>):
/// the webhook, the return page and the reconciliation job all come here. Only the caller that
/// applied a change sends its e-mails, so one payment makes one confirmation whatever the replays.
/// </summary>
public sealed class SyncOnlinePayment(
    MollieClient mollie, ApplyProviderStatus apply, ApplyRefundStatus refunds, RegistrationMails mails, SendMail sendMail, IOptions<PaymentOptions> options, IOptions<MailOptions> site, ILogger<SyncOnlinePayment> logger)
{
    public async Task<ProviderStatusApplied?> ExecuteAsync(string providerId, CancellationToken cancellationToken = default)
    {
        var payment = await mollie.GetPaymentAsync(providerId, cancellationToken);
        if (OnlinePaymentRules.FromMollie(payment.Status) is not { } status)
        {
            logger.LogWarning("Mollie payment {ProviderId} has an unknown status {Status}", providerId, payment.Status);
            return null;
        }
        var applied = await apply.ExecuteAsync(providerId, status, payment.PaidAt?.UtcDateTime, cancellationToken);
        await SyncRefundsAsync(providerId, cancellationToken);
        if (!applied.Changed || applied.Payment is not { Status: PaymentStatus.Paid } paid) return applied;
        if (applied.RegistrationClosed)
        {
            logger.LogWarning("Online payment {ProviderId} received for closed registration {RegistrationId}", providerId, applied.RegistrationId);
            if (options.Value.StaffAlertEmail is { Length: > 0 } staff)
                await sendMail.ExecuteAsync(staff, "Paiement reçu pour une inscription annulée",
                    $"<p>Un paiement en ligne de {System.Net.WebUtility.HtmlEncode(Domain.Pricing.Money.Format(paid.Amount))} ({providerId}) est arrivé pour une inscription " +
                    $"déjà annulée, dont la place a été libérée. Il est enregistré ; l'inscription n'est pas confirmée, la session pouvant être complète.</p>" +
                    $"<p>À décider : rembourser, ou réintégrer l'inscription s'il reste une place.</p>" +
                    $"<p><a href=\"{System.Net.WebUtility.HtmlEncode($"{site.Value.PublicBaseUrl.TrimEnd('/')}/gestion/inscriptions/{applied.RegistrationId}")}\">Voir l'inscription</a></p>", cancellationToken);
            return applied;
        }
        var settlement = applied.Settlement;
        await mails.SendPaymentReceivedAsync(applied.RegistrationId, paid.Amount, PaymentMethods.Label(paid.Method), settlement?.Balance.Due ?? 0, cancellationToken);
        if (settlement?.Advanced is { } move) await mails.SendStageChangeAsync(move, cancellationToken);
        return applied;
    }

    /// <summary>Mollie calls the payment's webhook when one of its refunds moves too: their statuses are read back here.</summary>
    private async Task SyncRefundsAsync(string providerId, CancellationToken cancellationToken)
    {
        var pending = await refunds.PendingAsync(providerId, cancellationToken);
        if (pending.Count == 0) return;
        var reported = await mollie.ListRefundsAsync(providerId, cancellationToken);
        foreach (var (id, refundProviderId) in pending)
        {
            var match = reported.FirstOrDefault(r => r.Id == refundProviderId);
            if (match is not null && RefundRules.FromMollie(match.Status) is { } status)
                await refunds.ExecuteAsync(id, status, cancellationToken);
        }
    }
}
