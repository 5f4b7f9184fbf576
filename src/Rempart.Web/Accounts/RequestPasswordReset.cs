using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>
/// Mails a reset link to the account of this address, if there is one and it is active. The caller
/// answers the same either way; the newest link replaces any older one.
/// </summary>
public sealed class RequestPasswordReset(UserManager<RempartUser> users, IEmailSender<RempartUser> mail, WriteAudit audit)
{
    /// <summary><paramref name="linkFor"/> builds the absolute link from the token.</summary>
    public async Task ExecuteAsync(string email, Func<string, string, string> linkFor, string? ipAddress)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        await audit.ExecuteAsync(AuditEvent.PasswordResetRequested, user?.Id, email, ipAddress, user is null ? "compte inconnu" : null);
        if (user is not { IsActive: true }) return;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await mail.SendPasswordResetLinkAsync(user, user.Email!, linkFor(user.Email!, token));
    }
}
