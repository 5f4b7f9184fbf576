using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>
/// Creates the shipped profiles that do not exist yet, with their default permissions. An existing
/// one is left as the super-admin made it: their changes are never overwritten at start-up.
/// </summary>
public sealed class EnsureBuiltInProfiles(RoleManager<RempartRole> roles)
{
    public async Task ExecuteAsync()
    {
        foreach (var profile in BuiltInProfiles.All)
        {
            if (await roles.Roles.AnyAsync(r => r.BuiltInKey == profile.Key)) continue;
            var role = new RempartRole(profile.Name) { Kind = profile.Kind, Description = profile.Description, BuiltInKey = profile.Key };
            Check(await roles.CreateAsync(role), profile.Key);
            foreach (var permission in profile.Permissions)
                Check(await roles.AddClaimAsync(role, new Claim(RempartRole.PermissionClaim, permission)), profile.Key);
        }
    }

    private static void Check(IdentityResult result, string key)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Profile {key}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
