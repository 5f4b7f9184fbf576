using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Accounts;

/// <summary>What a user's profiles open and grant, read in one query for the sign-in cookie.</summary>
public sealed record UserRights(IReadOnlySet<ProfileKind> Kinds, IReadOnlySet<string> Permissions, IReadOnlyList<string> ProfileNames);

public static class ProfileQueries
{
    public static async Task<UserRights> RightsOfAsync(RempartDbContext db, Guid userId, CancellationToken cancellationToken = default)
    {
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select new { r.Id, r.Kind, r.Name }).ToListAsync(cancellationToken);
        var roleIds = roles.Select(r => r.Id).ToList();
        var permissions = await db.RoleClaims
            .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == RempartRole.PermissionClaim && c.ClaimValue != null)
            .Select(c => c.ClaimValue!).Distinct().ToListAsync(cancellationToken);
        return new UserRights(
            roles.Select(r => r.Kind).ToHashSet(),
            permissions.Where(Permissions.Exists).ToHashSet(StringComparer.Ordinal),
            roles.Select(r => r.Name ?? "").Order().ToList());
    }

    /// <summary>The role names of the shipped profiles of these kinds (names can be changed, keys cannot).</summary>
    public static Task<List<string>> BuiltInNamesAsync(RempartDbContext db, IEnumerable<ProfileKind> kinds, CancellationToken cancellationToken = default)
    {
        var keys = kinds.Select(ProfileRoles.For).ToList();
        return db.Roles.Where(r => r.BuiltInKey != null && keys.Contains(r.BuiltInKey)).Select(r => r.Name!).ToListAsync(cancellationToken);
    }

    public static Task<bool> AnyoneHoldsAsync(RempartDbContext db, string builtInKey, CancellationToken cancellationToken = default) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.BuiltInKey == builtInKey select ur).AnyAsync(cancellationToken);
}

/// <summary>The profile editor's reads.</summary>
public static class ProfileEditorQueries
{
    public static Task<List<ProfileRow>> ListAsync(RempartDbContext db, CancellationToken cancellationToken = default) =>
        db.Roles.OrderBy(r => r.BuiltInKey == null).ThenBy(r => r.Name)
            .Select(r => new ProfileRow
            {
                Id = r.Id, Name = r.Name ?? "", Kind = r.Kind, Description = r.Description, BuiltIn = r.BuiltInKey != null,
                Permissions = db.RoleClaims.Count(c => c.RoleId == r.Id && c.ClaimType == RempartRole.PermissionClaim),
                Holders = db.UserRoles.Count(ur => ur.RoleId == r.Id),
            }).ToListAsync(cancellationToken);

    public static async Task<ProfileDraft?> GetAsync(RempartDbContext db, Guid id, CancellationToken cancellationToken = default)
    {
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (role is null) return null;
        var permissions = await db.RoleClaims.Where(c => c.RoleId == id && c.ClaimType == RempartRole.PermissionClaim)
            .Select(c => c.ClaimValue!).ToListAsync(cancellationToken);
        return new ProfileDraft
        {
            Id = role.Id, Name = role.Name ?? "", Description = role.Description, Kind = role.Kind, BuiltInKey = role.BuiltInKey,
            Permissions = permissions.ToHashSet(), Holders = await db.UserRoles.CountAsync(ur => ur.RoleId == id, cancellationToken),
        };
    }
}
