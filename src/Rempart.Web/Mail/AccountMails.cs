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
}
