using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;
using Rempart.Web.Accounts;

namespace Rempart.Web.Exports;

/// <summary>
/// Who an export is made for, rebuilt from the database when the background job runs: the rights
/// they hold now, not those they had when they asked (revoked meanwhile, the export fails).
/// </summary>
public sealed class ExportActors(UserManager<RempartUser> users, IUserClaimsPrincipalFactory<RempartUser> principals)
{
    public async Task<Actor?> OfAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || await users.IsLockedOutAsync(user)) return null;
        return CurrentActor.From(await principals.CreateAsync(user));
    }
}
