using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;

namespace Rempart.Data.Accounts;

/// <summary>An account as the administration's editor shows and changes it.</summary>
public sealed class AccountDraft
{
    public Guid? Id { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public HashSet<Guid> ProfileIds { get; set; } = [];
    public HashSet<Guid> GroupIds { get; set; } = [];
    public List<PersonChoice> Managed { get; set; } = [];
    public bool SendInvitation { get; set; } = true;
    public bool Activated { get; init; }
    public bool IsActive { get; init; } = true;
}

public sealed record PersonChoice(Guid Id, string Label);

public sealed record ProfileChoice(Guid Id, string Name, ProfileKind Kind);

public sealed record OrganisationChoice(Guid Id, string Name, OrganisationKind Kind);

public sealed record GroupChoice(Guid Id, string Name);

/// <summary>The account editor's reads.</summary>
public static class AccountEditorQueries
{
    public static async Task<AccountDraft?> GetAsync(RempartDbContext db, Guid id, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null) return null;
        var managed = await (from m in db.ManagedAccounts
                             join u in db.Users on m.ManagedId equals u.Id
                             where m.ManagerId == id
                             orderby u.DisplayName
                             select new PersonChoice(u.Id, (u.DisplayName ?? "") + " <" + u.Email + ">")).ToListAsync(cancellationToken);
        return new AccountDraft
        {
            Id = user.Id, Email = user.Email ?? "", DisplayName = user.DisplayName ?? "", OrganisationId = user.OrganisationId,
            ProfileIds = (await db.UserRoles.Where(r => r.UserId == id).Select(r => r.RoleId).ToListAsync(cancellationToken)).ToHashSet(),
            GroupIds = (await db.ExtranetGroupMembers.Where(m => m.UserId == id).Select(m => m.GroupId).ToListAsync(cancellationToken)).ToHashSet(),
            Managed = managed, SendInvitation = false, Activated = user.PasswordHash != null, IsActive = user.IsActive,
        };
    }

    public static Task<List<ProfileChoice>> ProfilesAsync(RempartDbContext db, CancellationToken cancellationToken = default) =>
        db.Roles.OrderBy(r => r.Name).Select(r => new ProfileChoice(r.Id, r.Name ?? "", r.Kind)).ToListAsync(cancellationToken);

    public static Task<List<GroupChoice>> GroupsAsync(RempartDbContext db, CancellationToken cancellationToken = default) =>
        db.ExtranetGroups.OrderBy(g => g.Name).Select(g => new GroupChoice(g.Id, g.Name)).ToListAsync(cancellationToken);

    public static Task<List<OrganisationChoice>> OrganisationsAsync(RempartDbContext db, CancellationToken cancellationToken = default) =>
        db.Organisations.OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name, o.Kind)).ToListAsync(cancellationToken);

    /// <summary>People a group manager could follow: by name or address, ten at most.</summary>
    public static Task<List<PersonChoice>> SearchPeopleAsync(RempartDbContext db, string? term, Guid? except, CancellationToken cancellationToken = default)
    {
        var text = (term ?? "").Trim().ToLowerInvariant();
        return db.Users.Where(u => u.Id != except && (text == "" || u.Email!.ToLower().Contains(text) || u.DisplayName!.ToLower().Contains(text)))
            .OrderBy(u => u.DisplayName).Take(10)
            .Select(u => new PersonChoice(u.Id, (u.DisplayName ?? "") + " <" + u.Email + ">")).ToListAsync(cancellationToken);
    }
}
