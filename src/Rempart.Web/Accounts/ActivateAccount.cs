using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>
/// The invited person chooses their password from the e-mailed link: once, within the link's
/// lifetime, only for an account that has no password yet. Their address is then confirmed.
/// </summary>
public sealed class ActivateAccount(UserManager<RempartUser> users, WriteAudit audit)
{
    public async Task<IdentityResult> ExecuteAsync(string email, string token, string password, string? ipAddress)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not { IsActive: true, PasswordHash: null }
            || !await users.VerifyUserTokenAsync(user, ResetLinkTokenProvider.Name, ResetLinkTokenProvider.ActivationPurpose, token))
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded) return result;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await ResetLinkTokenProvider.ForgetAsync(users, user, ResetLinkTokenProvider.ActivationPurpose);
        await audit.ExecuteAsync(AuditEvent.AccountActivated, user.Id, user.Email, ipAddress);
        return result;
    }
}
