using Microsoft.EntityFrameworkCore;

namespace Rempart.Data.Accounts;

/// <summary>
/// Ends the open sessions of some accounts by changing their security stamp: their cookies and
/// circuits are refused at the next revalidation (within a minute), and they sign in again with
/// their new rights. One statement, however many holders a profile has.
/// </summary>
public static class SignOutHolders
{
    public static Task<int> OfProfileAsync(RempartDbContext db, Guid roleId, CancellationToken cancellationToken = default)
    {
        var stamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp).SetProperty(u => u.ConcurrencyStamp, stamp), cancellationToken);
    }
}
