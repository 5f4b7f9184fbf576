using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Rempart.Web.Mail;

/// <summary>
/// The unsubscribe links of campaigns: the address, protected by the application's data-protection
/// keys, so that nobody can unsubscribe someone else by writing their address in a link. The page
/// asks for a click (a mail scanner following links must not unsubscribe anyone); the one-click
/// address (RFC 8058, List-Unsubscribe-Post) is for mail programs.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<MailOptions> options)
{
    public const string PagePath = "/desinscription";
    public const string OneClickPath = "/api/desinscription";

    private readonly IDataProtector protector = protection.CreateProtector("Rempart.Mail.Unsubscribe.v1");

    public string PageFor(string email) => $"{options.Value.PublicBaseUrl.TrimEnd('/')}{PagePath}/{Token(email)}";

    public string OneClickFor(string email) => $"{options.Value.PublicBaseUrl.TrimEnd('/')}{OneClickPath}/{Token(email)}";

    /// <summary>The address a token was made for; null for a token altered or made elsewhere.</summary>
    public string? Read(string token)
    {
        try
        {
            return protector.Unprotect(token);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null;
        }
    }

    private string Token(string email) => protector.Protect(Domain.Mail.Unsubscription.Normalise(email));
}
