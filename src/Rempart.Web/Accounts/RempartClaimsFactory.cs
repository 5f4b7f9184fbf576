using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>Adds to the sign-in cookie the organisation the user acts for and their display name.</summary>
internal sealed class RempartClaimsFactory(UserManager<RempartUser> users, RoleManager<RempartRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RempartUser, RempartRole>(users, roles, options)
{
    public const string OrganisationClaim = "rempart:organisation";
    public const string DisplayNameClaim = "rempart:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RempartUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is { } organisation)
            identity.AddClaim(new Claim(OrganisationClaim, organisation.ToString()));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName ?? user.Email ?? user.UserName ?? ""));
        return identity;
    }
}
