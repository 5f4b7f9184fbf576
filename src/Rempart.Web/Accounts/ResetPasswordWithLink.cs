using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>
/// Sets a new password from a reset link: once only, within the link's lifetime. The new security
/// stamp ends every open session of the account; the lockout, if any, is lifted (the person proved
/// they own the address).
/// </summary>
public sealed class ResetPasswordWithLink(UserManager<RempartUser> users, SignInFailures failures, WriteAudit audit)
{
    public async Task<IdentityResult> ExecuteAsync(string email, string token, string newPassword, string? ipAddress)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not { IsActive: true }) return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded) return result;
        await ResetLinkTokenProvider.ForgetAsync(users, user);
        await failures.ClearAsync(user.Id);
        await audit.ExecuteAsync(AuditEvent.PasswordReset, user.Id, user.Email, ipAddress);
        return result;
    }
}
