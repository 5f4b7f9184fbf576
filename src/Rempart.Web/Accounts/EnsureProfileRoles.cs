using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>Creates the Identity role of each profile kind that does not exist yet.</summary>
public sealed class EnsureProfileRoles(RoleManager<RempartRole> roles)
{
    public async Task ExecuteAsync()
    {
        foreach (var name in ProfileRoles.All)
        {
            if (await roles.RoleExistsAsync(name)) continue;
            var result = await roles.CreateAsync(new RempartRole(name));
            if (!result.Succeeded)
                throw new InvalidOperationException($"Role {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
