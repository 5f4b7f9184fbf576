using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;

namespace Rempart.Web.Mail;

/// <summary>
/// The account e-mails Identity asks for. Plain French texts for now; they become editable
/// templates with the communication feature (issue 10).
/// </summary>
internal sealed class IdentityEmailSender(SendMail sendMail) : IEmailSender<RempartUser>
{
    public Task SendConfirmationLinkAsync(RempartUser user, string email, string confirmationLink) =>
        sendMail.ExecuteAsync(email, "Confirmez votre adresse e-mail",
            $"<p>Bonjour,</p><p>Pour confirmer votre adresse, <a href=\"{HtmlEncoder.Default.Encode(confirmationLink)}\">cliquez ici</a>.</p>");

    public Task SendPasswordResetLinkAsync(RempartUser user, string email, string resetLink) =>
        sendMail.ExecuteAsync(email, "Réinitialisation de votre mot de passe Rempart",
            "<p>Bonjour,</p><p>Une réinitialisation du mot de passe de votre compte Rempart a été demandée. " +
            $"<a href=\"{HtmlEncoder.Default.Encode(resetLink)}\">Choisir un nouveau mot de passe</a> (lien valable une heure, une seule fois).</p>" +
            "<p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.</p>");

    public Task SendPasswordResetCodeAsync(RempartUser user, string email, string resetCode) =>
        sendMail.ExecuteAsync(email, "Code de réinitialisation de votre mot de passe",
            $"<p>Votre code de réinitialisation : <strong>{HtmlEncoder.Default.Encode(resetCode)}</strong></p>");
}
