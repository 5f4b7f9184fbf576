using Microsoft.EntityFrameworkCore;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;

namespace Rempart.Data.Accounts;

public sealed record GroupRow(Guid Id, string Name, string? Description, int Members);

/// <summary>Creates, renames and deletes extranet groups; members are chosen on each account.</summary>
public sealed class SaveExtranetGroup(IDbContextFactory<RempartDbContext> contexts, WriteAudit audit)
{
    public static Task<List<GroupRow>> ListAsync(RempartDbContext db, CancellationToken cancellationToken = default) =>
        db.ExtranetGroups.OrderBy(g => g.Name)
            .Select(g => new GroupRow(g.Id, g.Name, g.Description, db.ExtranetGroupMembers.Count(m => m.GroupId == g.Id)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(ExtranetGroup group, bool isNew, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        if (!actor.Can(Permissions.UsersManage)) errors[""] = "Vous n'avez pas le droit de gérer les groupes.";
        if (string.IsNullOrWhiteSpace(group.Name)) errors[nameof(ExtranetGroup.Name)] = "Indiquez le nom du groupe.";
        else if (group.Name.Trim().Length > ExtranetGroup.NameMaxLength) errors[nameof(ExtranetGroup.Name)] = $"Le nom ne peut dépasser {ExtranetGroup.NameMaxLength} caractères.";
        if (errors.Count > 0) return errors;
        group.Name = group.Name.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lowered = group.Name.ToLower();
        if (await db.ExtranetGroups.AnyAsync(g => g.Name.ToLower() == lowered && g.Id != group.Id, cancellationToken))
            return new Dictionary<string, string> { [nameof(ExtranetGroup.Name)] = "Un groupe porte déjà ce nom." };
        if (isNew) db.ExtranetGroups.Add(group);
        else db.ExtranetGroups.Update(group);
        await db.SaveChangesAsync(cancellationToken);
        await audit.ExecuteAsync(AuditEvent.GroupSaved, actor.UserId, null, null, $"« {group.Name} » par {actor.Name}", cancellationToken);
        return errors;
    }

    /// <summary>Null when deleted, else why not. Members lose the group, not their account.</summary>
    public async Task<string?> DeleteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return "Vous n'avez pas le droit de gérer les groupes.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var group = await db.ExtranetGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null) return "Ce groupe n'existe plus.";
        db.ExtranetGroups.Remove(group);
        await db.SaveChangesAsync(cancellationToken);
        await audit.ExecuteAsync(AuditEvent.GroupDeleted, actor.UserId, null, null, $"« {group.Name} » par {actor.Name}", cancellationToken);
        return null;
    }
}
