using Rempart.Data.Accounts;
using Rempart.Domain.Mail;

namespace Rempart.Web.Mail;

/// <summary>Account e-mails that Identity's IEmailSender has no method for, from their templates.</summary>
public sealed class AccountMails(ComposeMail compose, SendMail sendMail)
{
    public async Task SendLockoutNoticeAsync(RempartUser user, double lockoutHours)
    {
        var mail = await compose.ExecuteAsync(MailTemplateCatalogue.Lockout, new Dictionary<string, string?>
        {
            ["compte.email"] = user.Email, ["compte.duree_blocage"] = lockoutHours.ToString("0.#"),
        });
        await sendMail.ExecuteAsync(user.Email!, mail.Subject, mail.Html);
    }

    public async Task SendInvitationAsync(RempartUser user, string activationLink, double validDays, string invitedBy)
    {
        var mail = await compose.ExecuteAsync(MailTemplateCatalogue.Invitation, new Dictionary<string, string?>
        {
            ["compte.nom"] = user.DisplayName ?? "", ["compte.email"] = user.Email, ["compte.invite_par"] = invitedBy,
            ["compte.lien_activation"] = activationLink, ["compte.validite_jours"] = validDays.ToString("0.#"),
        });
        await sendMail.ExecuteAsync(user.Email!, mail.Subject, mail.Html);
    }
}
