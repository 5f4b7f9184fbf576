using Microsoft.Extensions.Options;
using Rempart.Data.Places;
using Rempart.Data.Registrations;
using Rempart.Domain.Mail;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;
using Rempart.Web.Mail;

namespace Rempart.Web.Registrations;

/// <summary>
/// The e-mails of a registration's path: received, waiting list, accepted, refused, cancelled,
/// confirmed, payment due and received, refund, document to send again. Sent to the volunteer and
/// to whoever registered them, each from its template (<see cref="MailTemplateCatalogue"/>).
/// </summary>
public sealed class RegistrationMails(GetRegistrationContacts contacts, GetSessionToJoin sessions, Data.Invoicing.GetOrderSummary orders, ComposeMail compose, SendMail sendMail, IOptions<MailOptions> options, IOptions<PlaceOptions> places, ILogger<RegistrationMails> logger)
{
    public const string MyRegistrationsPath = RegistrationMailTokens.MyRegistrationsPath;

    /// <summary>Tells that a pre-registration arrived and what comes next; people whose account was just made get their activation link.</summary>
    /// <returns>Whether every message left.</returns>
    public async Task<bool> SendReceivedAsync(Guid registrationId, RegistrationStage stage, IReadOnlyDictionary<string, string> activationLinks, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        var tokens = Tokens(about);
        tokens[MailTokens.NextStep.Name] = RegistrationLifecycle.NextStep(stage);
        return await SendAsync(about, MailTemplateCatalogue.Received, tokens, activationLinks, cancellationToken);
    }

    /// <summary>Confirms a place on a session's waiting list, and how an offer will come.</summary>
    public async Task<bool> SendWaitingListJoinedAsync(
        Guid sessionId, string volunteerName, int position, IReadOnlyList<string> recipients, IReadOnlyDictionary<string, string> activationLinks, CancellationToken cancellationToken = default)
    {
        var session = await sessions.ExecuteAsync(sessionId, cancellationToken);
        if (session is null) return false;
        var about = new RegistrationContacts(Guid.Empty, volunteerName, recipients[0], recipients.Count > 1 ? recipients[1] : null,
            session.Worksite, session.Site, session.Start, session.End, null);
        var tokens = Tokens(about);
        tokens["attente.position"] = position.ToString();
        tokens["attente.duree_offre"] = places.Value.OfferHours.ToString();
        return await SendAsync(about, MailTemplateCatalogue.WaitingList, tokens, activationLinks, cancellationToken);
    }

    /// <summary>Announces a change of stage to the people concerned, when the change is one they are told about.</summary>
    /// <returns>Whether every message left (true when the change is not announced).</returns>
    public async Task<bool> SendStageChangeAsync(StageMove move, CancellationToken cancellationToken = default)
    {
        var key = TemplateOf(move.To);
        if (key is null) return true;
        var about = await contacts.ExecuteAsync(move.RegistrationId, cancellationToken);
        if (about is null) return false;
        var tokens = Tokens(about);
        tokens[MailTokens.Stage.Name] = RegistrationLifecycle.Label(move.To);
        tokens[MailTokens.NextStep.Name] = RegistrationLifecycle.NextStep(move.To);
        tokens[MailTokens.Reason.Name] = move.Reason ?? "";
        if (move.To == RegistrationStage.Confirmed && await orders.ExecuteAsync(move.RegistrationId, cancellationToken) is { } summary)
            tokens["recapitulatif"] = RegistrationMailTokens.Summary(summary);
        return await SendAsync(about, key, tokens, null, cancellationToken);
    }

    /// <summary>Reminds that a registration is not paid yet, and until when the place is kept.</summary>
    public async Task<bool> SendPaymentReminderAsync(PaymentReminder reminder, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(reminder.RegistrationId, cancellationToken);
        if (about is null) return false;
        var tokens = Tokens(about);
        tokens["paiement.echeance"] = reminder.DueAt.ToLocalTime().ToString("dd/MM/yyyy à HH:mm");
        return await SendAsync(about, MailTemplateCatalogue.PaymentDue, tokens, null, cancellationToken);
    }

    /// <summary>Acknowledges a payment received, with what remains to pay, if anything.</summary>
    public async Task<bool> SendPaymentReceivedAsync(Guid registrationId, decimal amount, string method, decimal due, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        var tokens = Tokens(about);
        tokens["paiement.montant"] = Money.Format(amount);
        tokens["paiement.moyen"] = method;
        tokens["paiement.reste"] = due > 0 ? Money.Format(due) : "";
        return await SendAsync(about, MailTemplateCatalogue.PaymentReceived, tokens, null, cancellationToken);
    }

    /// <summary>Tells that money is given back: done (by hand), or on its way (online, a few days).</summary>
    public async Task<bool> SendRefundAsync(Guid registrationId, decimal amount, bool done, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        var tokens = Tokens(about);
        tokens["remboursement.montant"] = Money.Format(amount);
        tokens["remboursement.en_cours"] = done ? "" : "oui";
        return await SendAsync(about, MailTemplateCatalogue.Refund, tokens, null, cancellationToken);
    }

    /// <summary>Asks for a document again, with what was wrong with the one sent.</summary>
    public async Task<bool> SendDocumentRejectedAsync(Guid registrationId, string document, string note, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        var tokens = Tokens(about);
        tokens["document.nom"] = document;
        tokens["document.motif"] = note;
        return await SendAsync(about, MailTemplateCatalogue.DocumentRejected, tokens, null, cancellationToken);
    }

    /// <summary>The template announcing a stage, when the stage is announced.</summary>
    public static string? TemplateOf(RegistrationStage to) => to switch
    {
        RegistrationStage.Accepted => MailTemplateCatalogue.Accepted,
        RegistrationStage.Refused => MailTemplateCatalogue.Refused,
        RegistrationStage.Confirmed => MailTemplateCatalogue.Confirmed,
        RegistrationStage.CancelledByStaff => MailTemplateCatalogue.CancelledByStaff,
        RegistrationStage.CancelledByVolunteer => MailTemplateCatalogue.CancelledByVolunteer,
        _ => null,
    };

    private Dictionary<string, string?> Tokens(RegistrationContacts about) => RegistrationMailTokens.Of(about, options.Value.PublicBaseUrl);

    private async Task<bool> SendAsync(RegistrationContacts about, string key, Dictionary<string, string?> tokens, IReadOnlyDictionary<string, string>? activationLinks, CancellationToken cancellationToken)
    {
        var allSent = true;
        foreach (var recipient in about.Recipients)
        {
            // One undeliverable address must not keep the other person from their message, nor undo the decision.
            try
            {
                var mine = new Dictionary<string, string?>(tokens) { [MailTokens.Activation.Name] = activationLinks?.GetValueOrDefault(recipient) ?? "" };
                var mail = await compose.ExecuteAsync(key, mine, cancellationToken);
                await sendMail.ExecuteAsync(recipient, mail.Subject, mail.Html, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A mail about registration {RegistrationId} could not be sent", about.RegistrationId);
                allSent = false;
            }
        }
        return allSent;
    }
}
