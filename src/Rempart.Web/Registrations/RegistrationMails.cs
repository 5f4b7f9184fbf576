using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Rempart.Data.Places;
using Rempart.Data.Registrations;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;
using Rempart.Web.Mail;

namespace Rempart.Web.Registrations;

/// <summary>
/// The e-mails of a registration's path: received, accepted, refused, cancelled, confirmed. Sent to
/// the volunteer and to whoever registered them. The union will edit their text as templates (the
/// communication issue); until then they are written here.
/// </summary>
public sealed class RegistrationMails(GetRegistrationContacts contacts, GetSessionToJoin sessions, Data.Invoicing.GetOrderSummary orders, SendMail sendMail, IOptions<MailOptions> options, IOptions<PlaceOptions> places, ILogger<RegistrationMails> logger)
{
    public const string MyRegistrationsPath = "/benevole/inscriptions";

    /// <summary>Tells that a pre-registration arrived and what comes next; people whose account was just made get their activation link.</summary>
    /// <returns>Whether every message left.</returns>
    public async Task<bool> SendReceivedAsync(Guid registrationId, RegistrationStage stage, IReadOnlyDictionary<string, string> activationLinks, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        return await SendAsync(about, _ => $"Pré-inscription reçue : {about.Worksite}", recipient =>
            $"<p>Nous avons bien reçu la pré-inscription de <strong>{E(about.VolunteerName)}</strong> à la session " +
            $"<strong>{E(about.Worksite)}</strong> ({E(about.Site)}, du {about.Start:dd/MM/yyyy} au {about.End:dd/MM/yyyy}).</p>" +
            $"<p>{E(RegistrationLifecycle.NextStep(stage))}</p>" +
            (activationLinks.TryGetValue(recipient, out var link)
                ? $"<p>Un compte Rempart a été créé pour cette adresse, pour suivre l'inscription : <a href=\"{E(link)}\">activer mon compte et choisir mon mot de passe</a>.</p>"
                : $"<p>Suivez l'inscription dans votre espace : <a href=\"{E(Link(MyRegistrationsPath))}\">mes inscriptions</a>.</p>"),
            cancellationToken);
    }

    /// <summary>Confirms a place on a session's waiting list, and how an offer will come.</summary>
    public async Task<bool> SendWaitingListJoinedAsync(
        Guid sessionId, string volunteerName, int position, IReadOnlyList<string> recipients, IReadOnlyDictionary<string, string> activationLinks, CancellationToken cancellationToken = default)
    {
        var session = await sessions.ExecuteAsync(sessionId, cancellationToken);
        if (session is null) return false;
        var about = new RegistrationContacts(Guid.Empty, volunteerName, recipients[0], recipients.Count > 1 ? recipients[1] : null,
            session.Worksite, session.Site, session.Start, session.End, null);
        return await SendAsync(about, _ => $"Liste d'attente : {about.Worksite}", recipient =>
            $"<p><strong>{E(volunteerName)}</strong> est inscrit(e) sur la liste d'attente de la session <strong>{E(about.Worksite)}</strong> " +
            $"({E(about.Site)}, du {about.Start:dd/MM/yyyy} au {about.End:dd/MM/yyyy}), en position {position}.</p>" +
            $"<p>Si une place se libère, nous vous l'écrirons : elle vous sera réservée {places.Value.OfferHours} heures, le temps de l'accepter.</p>" +
            (activationLinks.TryGetValue(recipient, out var link)
                ? $"<p>Un compte Rempart a été créé pour cette adresse : <a href=\"{E(link)}\">activer mon compte et choisir mon mot de passe</a>.</p>"
                : ""),
            cancellationToken);
    }

    /// <summary>Announces a change of stage to the people concerned, when the change is one they are told about.</summary>
    /// <returns>Whether every message left (true when the change is not announced).</returns>
    public async Task<bool> SendStageChangeAsync(StageMove move, CancellationToken cancellationToken = default)
    {
        var subject = Subject(move.To);
        if (subject is null) return true;
        var about = await contacts.ExecuteAsync(move.RegistrationId, cancellationToken);
        if (about is null) return false;
        var summary = move.To == RegistrationStage.Confirmed ? await orders.ExecuteAsync(move.RegistrationId, cancellationToken) : null;
        return await SendAsync(about, _ => $"{subject} : {about.Worksite}", _ =>
            $"<p>Inscription de <strong>{E(about.VolunteerName)}</strong> à la session <strong>{E(about.Worksite)}</strong> " +
            $"({E(about.Site)}, du {about.Start:dd/MM/yyyy} au {about.End:dd/MM/yyyy}) : {E(RegistrationLifecycle.Label(move.To))}.</p>" +
            (move.Reason is { } reason ? $"<p>Motif : {E(reason)}</p>" : "") +
            $"<p>{E(RegistrationLifecycle.NextStep(move.To))}</p>" +
            (move.To == RegistrationStage.Confirmed && !string.IsNullOrWhiteSpace(about.PracticalInformation)
                ? $"<p><strong>Informations pratiques</strong><br>{E(about.PracticalInformation).Replace("\n", "<br>", StringComparison.Ordinal)}</p>" : "") +
            (summary is null ? "" : Summary(summary)) +
            $"<p><a href=\"{E(Link(MyRegistrationsPath))}\">Voir mes inscriptions</a></p>",
            cancellationToken);
    }

    /// <summary>Reminds that a registration is not paid yet, and until when the place is kept.</summary>
    public async Task<bool> SendPaymentReminderAsync(PaymentReminder reminder, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(reminder.RegistrationId, cancellationToken);
        if (about is null) return false;
        return await SendAsync(about, _ => $"Paiement attendu : {about.Worksite}", _ =>
            $"<p>L'inscription de <strong>{E(about.VolunteerName)}</strong> à <strong>{E(about.Worksite)}</strong> " +
            $"(du {about.Start:dd/MM/yyyy} au {about.End:dd/MM/yyyy}) attend son paiement.</p>" +
            $"<p>La place reste réservée jusqu'au <strong>{reminder.DueAt.ToLocalTime():dd/MM/yyyy à HH:mm}</strong> ; sans paiement d'ici là, elle sera proposée à quelqu'un d'autre.</p>" +
            $"<p><a href=\"{E(Link(MyRegistrationsPath))}\">Régler mon inscription</a></p>",
            cancellationToken);
    }

    /// <summary>Acknowledges a payment received, with what remains to pay, if anything.</summary>
    public async Task<bool> SendPaymentReceivedAsync(Guid registrationId, decimal amount, string method, decimal due, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        return await SendAsync(about, _ => $"Paiement reçu : {about.Worksite}", _ =>
            $"<p>Nous avons bien reçu un paiement de <strong>{E(Money.Format(amount))}</strong> ({E(method)}) pour l'inscription de " +
            $"<strong>{E(about.VolunteerName)}</strong> à <strong>{E(about.Worksite)}</strong>.</p>" +
            (due > 0 ? $"<p>Il reste <strong>{E(Money.Format(due))}</strong> à régler.</p>" : "<p>L'inscription est entièrement réglée ; la facture et, pour un don, le reçu fiscal sont dans votre espace.</p>") +
            $"<p><a href=\"{E(Link($"{MyRegistrationsPath}/{registrationId}"))}\">Voir l'inscription</a></p>",
            cancellationToken);
    }

    /// <summary>Tells that money is given back: done (by hand), or on its way (online, a few days).</summary>
    public async Task<bool> SendRefundAsync(Guid registrationId, decimal amount, bool done, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        return await SendAsync(about, _ => $"Remboursement : {about.Worksite}", _ =>
            $"<p>{(done ? "Nous vous avons remboursé" : "Nous vous remboursons")} <strong>{E(Money.Format(amount))}</strong> pour l'inscription de " +
            $"<strong>{E(about.VolunteerName)}</strong> à <strong>{E(about.Worksite)}</strong>.</p>" +
            (done ? "" : "<p>Le remboursement est en cours : il apparaîtra sur votre compte d'ici quelques jours, sur le moyen de paiement utilisé.</p>") +
            $"<p><a href=\"{E(Link($"{MyRegistrationsPath}/{registrationId}"))}\">Voir l'inscription</a></p>",
            cancellationToken);
    }

    /// <summary>Asks for a document again, with what was wrong with the one sent.</summary>
    public async Task<bool> SendDocumentRejectedAsync(Guid registrationId, string document, string note, CancellationToken cancellationToken = default)
    {
        var about = await contacts.ExecuteAsync(registrationId, cancellationToken);
        if (about is null) return false;
        return await SendAsync(about, _ => $"Document à renvoyer : {about.Worksite}", _ =>
            $"<p>Le document « {E(document)} » envoyé pour l'inscription de <strong>{E(about.VolunteerName)}</strong> à " +
            $"<strong>{E(about.Worksite)}</strong> ne peut pas être accepté.</p><p>Motif : {E(note)}</p>" +
            $"<p><a href=\"{E(Link($"{MyRegistrationsPath}/{registrationId}"))}\">Envoyer un autre document</a></p>",
            cancellationToken);
    }

    /// <summary>What was ordered and paid, as a small table.</summary>
    private static string Summary(Data.Invoicing.OrderSummary summary) =>
        "<p><strong>Récapitulatif</strong></p><table>" +
        string.Concat(summary.Lines.Select(l => $"<tr><td>{E(l.Label)}</td><td style=\"text-align:right\">{E(Money.Format(l.Amount))}</td></tr>")) +
        $"<tr><th style=\"text-align:left\">Total</th><td style=\"text-align:right\">{E(Money.Format(summary.Total))}</td></tr>" +
        $"<tr><td>Réglé</td><td style=\"text-align:right\">{E(Money.Format(summary.Balance.Paid - summary.Balance.Refunded))}</td></tr></table>";

    private static string? Subject(RegistrationStage to) => to switch
    {
        RegistrationStage.Accepted => "Candidature acceptée",
        RegistrationStage.Refused => "Pré-inscription non retenue",
        RegistrationStage.Confirmed => "Inscription confirmée",
        RegistrationStage.CancelledByStaff => "Inscription annulée",
        RegistrationStage.CancelledByVolunteer => "Annulation enregistrée",
        _ => null,
    };

    private async Task<bool> SendAsync(RegistrationContacts about, Func<string, string> subject, Func<string, string> body, CancellationToken cancellationToken)
    {
        var allSent = true;
        foreach (var recipient in about.Recipients)
        {
            // One undeliverable address must not keep the other person from their message, nor undo the decision.
            try
            {
                await sendMail.ExecuteAsync(recipient, subject(recipient), "<p>Bonjour,</p>" + body(recipient) + "<p>L'équipe de l'Union REMPART</p>", cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A mail about registration {RegistrationId} could not be sent", about.RegistrationId);
                allSent = false;
            }
        }
        return allSent;
    }

    private string Link(string path) => options.Value.PublicBaseUrl.TrimEnd('/') + path;

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
