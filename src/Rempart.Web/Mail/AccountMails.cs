using System.Text.Encodings.Web;
using Rempart.Data.Accounts;

namespace Rempart.Web.Mail;

/// <summary>Account e-mails that Identity's IEmailSender has no method for.</summary>
public sealed class AccountMails(SendMail sendMail)
{
    public Task SendLockoutNoticeAsync(RempartUser user, double lockoutHours) =>
        sendMail.ExecuteAsync(user.Email!, "Votre compte Rempart est bloqué",
            $"<p>Bonjour,</p><p>Après plusieurs mots de passe incorrects, votre compte Rempart ({HtmlEncoder.Default.Encode(user.Email!)}) " +
            $"est bloqué pendant {lockoutHours:0.#} heures. Si ce n'était pas vous, prévenez l'Union : quelqu'un essaie peut-être d'y entrer.</p>" +
            "<p>Vous pouvez aussi demander à un administrateur de le débloquer, ou choisir un nouveau mot de passe avec « Mot de passe oublié ».</p>");

    public Task SendInvitationAsync(RempartUser user, string activationLink, double validDays, string invitedBy) =>
        sendMail.ExecuteAsync(user.Email!, "Votre compte Rempart vous attend",
            $"<p>Bonjour {HtmlEncoder.Default.Encode(user.DisplayName ?? "")},</p>" +
            $"<p>{HtmlEncoder.Default.Encode(invitedBy)} vous a créé un compte sur Rempart, la plateforme de l'Union REMPART " +
            $"({HtmlEncoder.Default.Encode(user.Email!)}).</p>" +
            $"<p><a href=\"{HtmlEncoder.Default.Encode(activationLink)}\">Activer mon compte et choisir mon mot de passe</a> " +
            $"(lien valable {validDays:0.#} jours, une seule fois).</p>" +
            "<p>Si vous ne vous attendiez pas à ce message, ignorez-le : le compte restera inactif.</p>");
}
