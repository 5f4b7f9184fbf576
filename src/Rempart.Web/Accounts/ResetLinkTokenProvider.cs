using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>
/// Password reset and account activation tokens: random, stored only as a hash with their expiry in
/// the account's tokens, one per purpose. Asking again replaces the stored one (older links stop
/// working), a used link is removed, and the expiry follows the application's clock. Identity's
/// data-protection tokens cannot do the first two, and share one lifespan with every other token.
/// </summary>
public sealed class ResetLinkTokenProvider(TimeProvider clock, IOptions<SignInSecurityOptions> options) : IUserTwoFactorTokenProvider<RempartUser>
{
    public const string Name = "RempartResetLink";
    private const string LoginProvider = "Rempart";
    public const string ActivationPurpose = "Activation";

    public async Task<string> GenerateAsync(string purpose, UserManager<RempartUser> manager, RempartUser user)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var lifetime = purpose == ActivationPurpose ? TimeSpan.FromDays(options.Value.InviteLinkDays) : TimeSpan.FromMinutes(options.Value.ResetLinkMinutes);
        var expires = clock.GetUtcNow().Add(lifetime);
        await manager.SetAuthenticationTokenAsync(user, LoginProvider, TokenName(purpose), $"{Hash(token)}|{expires.UtcTicks}");
        return token;
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<RempartUser> manager, RempartUser user)
    {
        var stored = await manager.GetAuthenticationTokenAsync(user, LoginProvider, TokenName(purpose));
        if (stored?.Split('|') is not [var hash, var ticks] || !long.TryParse(ticks, out var expiresTicks)) return false;
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(token)));
        return matches && clock.GetUtcNow().UtcTicks < expiresTicks;
    }

    /// <summary>Called once the password is changed: the link cannot serve twice.</summary>
    public static Task ForgetAsync(UserManager<RempartUser> manager, RempartUser user, string purpose = UserManager<RempartUser>.ResetPasswordTokenPurpose) =>
        manager.RemoveAuthenticationTokenAsync(user, LoginProvider, TokenName(purpose));

    private static string TokenName(string purpose) => purpose == ActivationPurpose ? "Activation" : "PasswordReset";

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<RempartUser> manager, RempartUser user) => Task.FromResult(false);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
