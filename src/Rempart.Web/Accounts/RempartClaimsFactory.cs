using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>
/// Writes into the sign-in cookie what the user's profiles open and grant: one role claim per space
/// kind (the space policies and the menu read them), one permission claim per permission, plus the
/// organisation the user acts for and their display name. Read again at every cookie refresh.
/// </summary>
internal sealed class RempartClaimsFactory(UserManager<RempartUser> users, IOptions<IdentityOptions> options, RempartDbContext db)
    : UserClaimsPrincipalFactory<RempartUser>(users, options)
{
    public const string OrganisationClaim = "rempart:organisation";
    public const string DisplayNameClaim = "rempart:display-name";
    public const string ProfileClaim = "rempart:profile";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RempartUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var rights = await ProfileQueries.RightsOfAsync(db, user.Id);
        foreach (var kind in rights.Kinds)
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, ProfileRoles.For(kind)));
        foreach (var permission in rights.Permissions)
            identity.AddClaim(new Claim(RempartRole.PermissionClaim, permission));
        foreach (var name in rights.ProfileNames)
            identity.AddClaim(new Claim(ProfileClaim, name));
        if (user.OrganisationId is { } organisation)
            identity.AddClaim(new Claim(OrganisationClaim, organisation.ToString()));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName ?? user.Email ?? user.UserName ?? ""));
        return identity;
    }
}
