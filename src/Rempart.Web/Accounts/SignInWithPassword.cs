using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Audit;
using Rempart.Web.Mail;

namespace Rempart.Web.Accounts;

public enum SignInOutcome
{
    SignedIn,
    Refused,
}

/// <summary>
/// Password sign-in with our lockout: one answer for a wrong password, an unknown address, a locked
/// or a deactivated account, so the page reveals nothing; the person whose account gets locked is
/// told by e-mail; every attempt goes to the audit log.
/// </summary>
public sealed class SignInWithPassword(
    UserManager<RempartUser> users, SignInManager<RempartUser> signIn, SignInFailures failures, WriteAudit audit,
    AccountMails mails, IOptions<SignInSecurityOptions> options)
{
    public async Task<SignInOutcome> ExecuteAsync(string email, string password, bool remember, string? ipAddress)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await audit.ExecuteAsync(AuditEvent.SignInFailed, null, email, ipAddress, "compte inconnu");
            return SignInOutcome.Refused;
        }
        if (!user.IsActive || await failures.IsLockedAsync(user.Id))
        {
            await audit.ExecuteAsync(AuditEvent.SignInFailed, user.Id, email, ipAddress, user.IsActive ? "compte bloqué" : "compte désactivé");
            return SignInOutcome.Refused;
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            var lockedNow = await failures.RecordAsync(user.Id, options.Value.Lockout);
            await audit.ExecuteAsync(AuditEvent.SignInFailed, user.Id, email, ipAddress, "mot de passe incorrect");
            if (lockedNow)
            {
                await audit.ExecuteAsync(AuditEvent.AccountLockedOut, user.Id, email, ipAddress, $"après {options.Value.MaxFailedAttempts} échecs");
                await mails.SendLockoutNoticeAsync(user, options.Value.LockoutHours);
            }
            return SignInOutcome.Refused;
        }
        await failures.ClearAsync(user.Id);
        await signIn.SignInAsync(user, remember);
        await audit.ExecuteAsync(AuditEvent.SignInSucceeded, user.Id, email, ipAddress);
        return SignInOutcome.SignedIn;
    }
}
