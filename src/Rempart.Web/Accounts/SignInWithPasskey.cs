using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>
/// Sign-in with a passkey: Identity verifies the browser's assertion; we then apply the same rules
/// as for a password (a deactivated or locked account stays out) and the same single answer.
/// </summary>
public sealed class SignInWithPasskey(UserManager<RempartUser> users, SignInManager<RempartUser> signIn, SignInFailures failures, WriteAudit audit)
{
    public Task<string> RequestOptionsAsync() => signIn.MakePasskeyRequestOptionsAsync(null);

    public async Task<SignInOutcome> ExecuteAsync(string? credentialJson, string? ipAddress)
    {
        if (string.IsNullOrWhiteSpace(credentialJson)) return SignInOutcome.Refused;
        var assertion = await signIn.PerformPasskeyAssertionAsync(credentialJson);
        if (!assertion.Succeeded)
        {
            await audit.ExecuteAsync(AuditEvent.SignInFailed, null, null, ipAddress, "clé d'accès refusée");
            return SignInOutcome.Refused;
        }
        var user = assertion.User;
        if (!user.IsActive || await failures.IsLockedAsync(user.Id))
        {
            await audit.ExecuteAsync(AuditEvent.SignInFailed, user.Id, user.Email, ipAddress, user.IsActive ? "compte bloqué" : "compte désactivé");
            return SignInOutcome.Refused;
        }
        // The sign count and flags the authenticator reported, so a cloned authenticator shows.
        await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "passkey");
        await audit.ExecuteAsync(AuditEvent.SignInSucceeded, user.Id, user.Email, ipAddress, "clé d'accès");
        return SignInOutcome.SignedIn;
    }
}
