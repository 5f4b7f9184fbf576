using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Domain.Mail;

namespace Rempart.Web.Mail;

/// <summary>The account e-mails Identity asks for, from their templates.</summary>
internal sealed class IdentityEmailSender(ComposeMail compose, SendMail sendMail) : IEmailSender<RempartUser>
{
    public Task SendConfirmationLinkAsync(RempartUser user, string email, string confirmationLink) =>
        SendAsync(email, MailTemplateCatalogue.EmailConfirmation, "compte.lien_confirmation", confirmationLink);

    public Task SendPasswordResetLinkAsync(RempartUser user, string email, string resetLink) =>
        SendAsync(email, MailTemplateCatalogue.PasswordReset, "compte.lien_reinitialisation", resetLink);

    public Task SendPasswordResetCodeAsync(RempartUser user, string email, string resetCode) =>
        SendAsync(email, MailTemplateCatalogue.ResetCode, "compte.code", resetCode);

    private async Task SendAsync(string email, string key, string token, string value)
    {
        var mail = await compose.ExecuteAsync(key, new Dictionary<string, string?> { ["compte.email"] = email, [token] = value });
        await sendMail.ExecuteAsync(email, mail.Subject, mail.Html);
    }
}
