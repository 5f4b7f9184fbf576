using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>The signed-in person as the domain sees them, read from the authentication state of the page or request.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return From(user);
    }

    public static Actor From(ClaimsPrincipal user)
    {
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : Guid.Empty;
        var organisation = Guid.TryParse(user.FindFirstValue(RempartClaimsFactory.OrganisationClaim), out var org) ? org : (Guid?)null;
        var name = user.FindFirstValue(RempartClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
        return new Actor(id, name, CurrentProfiles.Of(user).ToHashSet(), organisation)
        {
            Permissions = user.FindAll(RempartRole.PermissionClaim).Select(c => c.Value).Where(Permissions.Exists).ToHashSet(StringComparer.Ordinal),
        };
    }
}
