using static Rempart.Domain.Mail.MailTokens;

namespace Rempart.Domain.Mail;

/// <summary>One kind of e-mail Rempart sends: when, with which tokens, and its French default text.</summary>
public sealed record MailTemplateDefinition(
    string Key, string Title, string When, IReadOnlyList<MailToken> Tokens, string Subject, string Body, bool Transactional = true)
{
    public MailToken? Token(string name) => Tokens.FirstOrDefault(t => t.Name == name);
}

/// <summary>
/// Every transactional e-mail, each a template the union may rewrite (<see cref="MailTemplate"/>).
/// The defaults say what the code said before templates existed; a template the union never
/// touched follows the defaults of new versions.
/// </summary>
public static class MailTemplateCatalogue
{
    private const string Hello = "<p>Bonjour,</p>";
    private const string Signature = "<p>L'équipe de l'{{union.nom}}</p>";
    private const string About = "<strong>{{volontaire.nom_complet}}</strong> à la session <strong>{{session.chantier}}</strong> ({{session.site}}, {{session.dates}})";

    public const string Received = "inscription-recue";
    public const string WaitingList = "liste-attente";
    public const string Accepted = "inscription-acceptee";
    public const string Refused = "inscription-refusee";
    public const string Confirmed = "inscription-confirmee";
    public const string CancelledByStaff = "inscription-annulee";
    public const string CancelledByVolunteer = "annulation-volontaire";
    public const string PaymentDue = "paiement-attendu";
    public const string PaymentReceived = "paiement-recu";
    public const string Refund = "remboursement";
    public const string DocumentRejected = "document-refuse";
    public const string PlaceOffer = "offre-de-place";
    public const string Invitation = "compte-invitation";
    public const string Lockout = "compte-bloque";
    public const string PasswordReset = "mot-de-passe";
    public const string EmailConfirmation = "confirmation-adresse";
    public const string ResetCode = "code-mot-de-passe";
    public const string MessageReceived = "message-recu";
    public const string EventReminder = "rappel-evenement";

    private static readonly MailToken Practical = new("session.infos_pratiques", "Les informations pratiques de la session, avec ses retours à la ligne", "Rendez-vous à la gare de Clamecy à 14 h.", Html: true);
    private static readonly MailToken Summary = new("recapitulatif", "Le tableau de ce qui a été commandé et réglé", "<table><tr><td>Frais de séjour</td><td>150,00 €</td></tr></table>", Html: true);
    private static readonly MailToken Position = new("attente.position", "La place sur la liste d'attente", "3");
    private static readonly MailToken OfferHours = new("attente.duree_offre", "Combien d'heures une place offerte reste réservée", "48");
    private static readonly MailToken DueAt = new("paiement.echeance", "Jusqu'à quand la place est gardée sans paiement", "12/06/2027 à 18:00");
    private static readonly MailToken Amount = new("paiement.montant", "Le montant reçu", "150,00 €");
    private static readonly MailToken Method = new("paiement.moyen", "Le moyen de paiement", "chèque");
    private static readonly MailToken Remaining = new("paiement.reste", "Ce qui reste à régler (vide si tout est réglé)", "32,00 €");
    private static readonly MailToken Refunded = new("remboursement.montant", "Le montant remboursé", "50,00 €");
    private static readonly MailToken Pending = new("remboursement.en_cours", "« oui » quand le remboursement est en cours chez le prestataire, vide quand il est fait", "oui");
    private static readonly MailToken Document = new("document.nom", "Le document refusé", "Fiche sanitaire");
    private static readonly MailToken DocumentNote = new("document.motif", "Pourquoi il est refusé", "Le document est illisible.");
    private static readonly MailToken OfferLink = new("offre.lien", "L'adresse pour accepter ou refuser la place", "https://rempart.example/compte/offre-de-place/1?code=...");
    private static readonly MailToken OfferUntil = new("offre.expiration", "Jusqu'à quand la place est réservée", "14/06/2027 à 09:30");
    private static readonly MailToken AccountEmail = new("compte.email", "L'adresse du compte", "camille.durand@example.org");
    private static readonly MailToken AccountName = new("compte.nom", "Le nom de la personne", "Camille Durand");
    private static readonly MailToken InvitedBy = new("compte.invite_par", "Qui a créé le compte", "Claire Martin");
    private static readonly MailToken ActivationLink = new("compte.lien_activation", "L'adresse pour activer le compte", "https://rempart.example/compte/activer?code=...");
    private static readonly MailToken ValidDays = new("compte.validite_jours", "Combien de jours le lien reste valable", "7");
    private static readonly MailToken LockoutHours = new("compte.duree_blocage", "Combien d'heures le compte reste bloqué", "1");
    private static readonly MailToken ResetLink = new("compte.lien_reinitialisation", "L'adresse pour choisir un nouveau mot de passe", "https://rempart.example/compte/reinitialiser-mot-de-passe?code=...");
    private static readonly MailToken ConfirmationLink = new("compte.lien_confirmation", "L'adresse qui confirme l'adresse e-mail", "https://rempart.example/compte/confirmer?code=...");
    private static readonly MailToken Code = new("compte.code", "Le code de réinitialisation", "123456");
    private static readonly MailToken Recipient = new("message.destinataire", "Le nom de la personne prévenue", "Camille Durand");
    private static readonly MailToken Author = new("message.expediteur", "Qui a écrit, et pour quelle association", "Claire Martin (Les Amis du château)");
    private static readonly MailToken MessageSubject = new("message.sujet", "L'objet de la conversation (vide quand le message est confidentiel)", "Horaires d'arrivée");
    private static readonly MailToken MessageText = new("message.texte", "Le texte du message, avec ses retours à la ligne (vide quand il est confidentiel)", "Le train arrive à 14 h 12.", Html: true);
    private static readonly MailToken EventTitle = new("evenement.titre", "Le titre de l'événement", "Commission des finances");
    private static readonly MailToken EventWhen = new("evenement.quand", "Le jour et les heures de l'occurrence", "mardi 16/03/2027 de 18:00 à 20:00");
    private static readonly MailToken EventPlace = new("evenement.lieu", "Le lieu (peut être vide)", "Salle du conseil");
    private static readonly MailToken CalendarLink = new("lien_calendrier", "L'adresse du calendrier de l'extranet", "https://rempart.example/extranet/calendrier");
    private static readonly MailToken MessageLink = new("message.lien", "L'adresse de la conversation dans Rempart", "https://rempart.example/benevole/messages/1");

    private static MailTemplateDefinition StageChange(string key, string title, string when, string subject, IReadOnlyList<MailToken>? more = null, string extra = "") =>
        new(key, title, when, [.. Registration, Stage, NextStep, Reason, .. more ?? []], subject + " : {{session.chantier}}",
            Hello + $"<p>Inscription de {About} : {{{{inscription.etape}}}}.</p>" +
            "{{#if inscription.motif}}<p>Motif : {{inscription.motif}}</p>{{/if}}<p>{{inscription.prochaine_etape}}</p>" + extra +
            "<p><a href=\"{{lien_inscriptions}}\">Voir mes inscriptions</a></p>" + Signature);

    public static IReadOnlyList<MailTemplateDefinition> All { get; } =
    [
        new(Received, "Pré-inscription reçue", "Dès qu'une pré-inscription arrive, au volontaire et à qui l'a inscrit.",
            [.. Registration, NextStep, Activation], "Pré-inscription reçue : {{session.chantier}}",
            Hello + $"<p>Nous avons bien reçu la pré-inscription de {About}.</p><p>{{{{inscription.prochaine_etape}}}}</p>" +
            "{{#if lien_activation}}<p>Un compte Rempart a été créé pour cette adresse, pour suivre l'inscription : <a href=\"{{lien_activation}}\">activer mon compte et choisir mon mot de passe</a>.</p>" +
            "{{else}}<p>Suivez l'inscription dans votre espace : <a href=\"{{lien_inscriptions}}\">mes inscriptions</a>.</p>{{/if}}" + Signature),
        new(WaitingList, "Inscription sur liste d'attente", "Quand une session est complète et que le volontaire prend place sur sa liste d'attente.",
            [.. Registration, Position, OfferHours, Activation], "Liste d'attente : {{session.chantier}}",
            Hello + "<p><strong>{{volontaire.nom_complet}}</strong> est inscrit(e) sur la liste d'attente de la session <strong>{{session.chantier}}</strong> " +
            "({{session.site}}, {{session.dates}}), en position {{attente.position}}.</p>" +
            "<p>Si une place se libère, nous vous l'écrirons : elle vous sera réservée {{attente.duree_offre}} heures, le temps de l'accepter.</p>" +
            "{{#if lien_activation}}<p>Un compte Rempart a été créé pour cette adresse : <a href=\"{{lien_activation}}\">activer mon compte et choisir mon mot de passe</a>.</p>{{/if}}" + Signature),
        StageChange(Accepted, "Candidature acceptée", "Quand l'association accepte une pré-inscription.", "Candidature acceptée"),
        StageChange(Refused, "Pré-inscription non retenue", "Quand l'association refuse une pré-inscription.", "Pré-inscription non retenue"),
        StageChange(Confirmed, "Inscription confirmée", "Quand le dossier est complet et réglé.", "Inscription confirmée", [Practical, Summary],
            "{{#if session.infos_pratiques}}<p><strong>Informations pratiques</strong><br>{{{session.infos_pratiques}}}</p>{{/if}}{{{recapitulatif}}}"),
        StageChange(CancelledByStaff, "Inscription annulée par l'association", "Quand l'association ou l'Union annule une inscription.", "Inscription annulée"),
        StageChange(CancelledByVolunteer, "Annulation par le volontaire", "Quand le volontaire annule lui-même.", "Annulation enregistrée"),
        new(PaymentDue, "Paiement attendu", "Relance d'une inscription qui attend son paiement.",
            [.. Registration, DueAt], "Paiement attendu : {{session.chantier}}",
            Hello + "<p>L'inscription de <strong>{{volontaire.nom_complet}}</strong> à <strong>{{session.chantier}}</strong> ({{session.dates}}) attend son paiement.</p>" +
            "<p>La place reste réservée jusqu'au <strong>{{paiement.echeance}}</strong> ; sans paiement d'ici là, elle sera proposée à quelqu'un d'autre.</p>" +
            "<p><a href=\"{{lien_inscriptions}}\">Régler mon inscription</a></p>" + Signature),
        new(PaymentReceived, "Paiement reçu", "À chaque paiement reçu, en ligne ou enregistré par l'Union.",
            [.. Registration, ThisRegistration, Amount, Method, Remaining], "Paiement reçu : {{session.chantier}}",
            Hello + "<p>Nous avons bien reçu un paiement de <strong>{{paiement.montant}}</strong> ({{paiement.moyen}}) pour l'inscription de " +
            "<strong>{{volontaire.nom_complet}}</strong> à <strong>{{session.chantier}}</strong>.</p>" +
            "{{#if paiement.reste}}<p>Il reste <strong>{{paiement.reste}}</strong> à régler.</p>{{else}}<p>L'inscription est entièrement réglée ; la facture et, pour un don, le reçu fiscal sont dans votre espace.</p>{{/if}}" +
            "<p><a href=\"{{lien_inscription}}\">Voir l'inscription</a></p>" + Signature),
        new(Refund, "Remboursement", "Quand un paiement est remboursé, en tout ou en partie.",
            [.. Registration, ThisRegistration, Refunded, Pending], "Remboursement : {{session.chantier}}",
            Hello + "<p>{{#if remboursement.en_cours}}Nous vous remboursons{{else}}Nous vous avons remboursé{{/if}} <strong>{{remboursement.montant}}</strong> pour l'inscription de " +
            "<strong>{{volontaire.nom_complet}}</strong> à <strong>{{session.chantier}}</strong>.</p>" +
            "{{#if remboursement.en_cours}}<p>Le remboursement est en cours : il apparaîtra sur votre compte d'ici quelques jours, sur le moyen de paiement utilisé.</p>{{/if}}" +
            "<p><a href=\"{{lien_inscription}}\">Voir l'inscription</a></p>" + Signature),
        new(DocumentRejected, "Document à renvoyer", "Quand l'association refuse un document du dossier.",
            [.. Registration, ThisRegistration, Document, DocumentNote], "Document à renvoyer : {{session.chantier}}",
            Hello + "<p>Le document « {{document.nom}} » envoyé pour l'inscription de <strong>{{volontaire.nom_complet}}</strong> à " +
            "<strong>{{session.chantier}}</strong> ne peut pas être accepté.</p><p>Motif : {{document.motif}}</p>" +
            "<p><a href=\"{{lien_inscription}}\">Envoyer un autre document</a></p>" + Signature),
        new(PlaceOffer, "Place offerte depuis la liste d'attente", "Quand une place se libère pour la personne suivante de la liste d'attente.",
            [Union, FullName, Worksite, Start, OfferUntil, OfferLink], "Une place s'est libérée pour vous",
            Hello + "<p>Une place s'est libérée pour {{volontaire.nom_complet}} : <strong>{{session.chantier}}</strong>, à partir du {{session.debut}}. " +
            "Elle vous est réservée jusqu'au {{offre.expiration}}.</p><p><a href=\"{{offre.lien}}\">Accepter ou refuser cette place</a></p>" +
            "<p>Sans réponse d'ici là, elle sera proposée à la personne suivante de la liste d'attente.</p>" + Signature),
        new(Invitation, "Invitation à activer un compte", "Quand un administrateur crée un compte.",
            [Union, AccountName, AccountEmail, InvitedBy, ActivationLink, ValidDays], "Votre compte Rempart vous attend",
            "<p>Bonjour {{compte.nom}},</p><p>{{compte.invite_par}} vous a créé un compte sur Rempart, la plateforme de l'{{union.nom}} ({{compte.email}}).</p>" +
            "<p><a href=\"{{compte.lien_activation}}\">Activer mon compte et choisir mon mot de passe</a> (lien valable {{compte.validite_jours}} jours, une seule fois).</p>" +
            "<p>Si vous ne vous attendiez pas à ce message, ignorez-le : le compte restera inactif.</p>"),
        new(Lockout, "Compte bloqué", "Après trop de mots de passe incorrects.",
            [Union, AccountEmail, LockoutHours], "Votre compte Rempart est bloqué",
            Hello + "<p>Après plusieurs mots de passe incorrects, votre compte Rempart ({{compte.email}}) est bloqué pendant {{compte.duree_blocage}} heures. " +
            "Si ce n'était pas vous, prévenez l'Union : quelqu'un essaie peut-être d'y entrer.</p>" +
            "<p>Vous pouvez aussi demander à un administrateur de le débloquer, ou choisir un nouveau mot de passe avec « Mot de passe oublié ».</p>"),
        new(PasswordReset, "Mot de passe oublié", "Quand quelqu'un demande à réinitialiser son mot de passe.",
            [Union, AccountEmail, ResetLink], "Réinitialisation de votre mot de passe Rempart",
            Hello + "<p>Une réinitialisation du mot de passe de votre compte Rempart a été demandée. " +
            "<a href=\"{{compte.lien_reinitialisation}}\">Choisir un nouveau mot de passe</a> (lien valable une heure, une seule fois).</p>" +
            "<p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.</p>"),
        new(EmailConfirmation, "Confirmation d'adresse", "Quand une adresse e-mail doit être confirmée.",
            [Union, AccountEmail, ConfirmationLink], "Confirmez votre adresse e-mail",
            Hello + "<p>Pour confirmer votre adresse, <a href=\"{{compte.lien_confirmation}}\">cliquez ici</a>.</p>"),
        new(ResetCode, "Code de réinitialisation", "Quand un code de réinitialisation est demandé.",
            [Union, AccountEmail, Code], "Code de réinitialisation de votre mot de passe",
            "<p>Votre code de réinitialisation : <strong>{{compte.code}}</strong></p>"),
        new(MessageReceived, "Nouveau message", "Quand quelqu'un écrit dans une conversation ou une annonce de la messagerie. Un message confidentiel n'est jamais recopié.",
            [Union, Recipient, Author, MessageSubject, MessageText, MessageLink], "Nouveau message de {{message.expediteur}}",
            "<p>Bonjour {{message.destinataire}},</p><p>{{message.expediteur}} vous a écrit sur Rempart{{#if message.sujet}} : « {{message.sujet}} »{{/if}}.</p>" +
            "{{#if message.texte}}<blockquote>{{{message.texte}}}</blockquote>{{/if}}" +
            "<p><a href=\"{{message.lien}}\">Lire le message et répondre</a></p>" + Signature),
        new(EventReminder, "Rappel d'un événement", "La veille d'un événement du calendrier de l'extranet dont le rappel est demandé, à ceux qui le voient.",
            [Union, Recipient, EventTitle, EventWhen, EventPlace, CalendarLink], "Rappel : {{evenement.titre}} demain",
            "<p>Bonjour {{message.destinataire}},</p><p>Pour rappel : <strong>{{evenement.titre}}</strong>, {{evenement.quand}}{{#if evenement.lieu}}, {{evenement.lieu}}{{/if}}.</p>" +
            "<p><a href=\"{{lien_calendrier}}\">Voir le calendrier de l'extranet</a></p>" + Signature),
    ];

    private static readonly Dictionary<string, MailTemplateDefinition> ByKey = All.ToDictionary(d => d.Key, StringComparer.Ordinal);

    public static MailTemplateDefinition? Find(string key) => ByKey.GetValueOrDefault(key);
}
