using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Rempart.Data.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>
/// The link that lets someone whose account was made for them choose their password: valid
/// SignIn:InviteLinkDays, once; a new link replaces the previous one.
/// </summary>
public sealed class ActivationLink(UserManager<RempartUser> users)
{
    public async Task<string> CreateAsync(RempartUser user, Uri baseUri)
    {
        var token = await users.GenerateUserTokenAsync(user, ResetLinkTokenProvider.Name, ResetLinkTokenProvider.ActivationPurpose);
        return QueryHelpers.AddQueryString(new Uri(baseUri, AccountUrls.Activate).ToString(),
            new Dictionary<string, string?> { ["email"] = user.Email, ["code"] = token });
    }
}
