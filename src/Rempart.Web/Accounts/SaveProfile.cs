using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>
/// Creates or changes a profile (its name, space and permissions). Removing a permission or
/// changing the space signs out everyone holding the profile, so the change takes effect within
/// a minute; adding one reaches their cookie at its next refresh. Audited with the difference.
/// </summary>
public sealed class SaveProfile(IDbContextFactory<RempartDbContext> contexts, WriteAudit audit)
{
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(ProfileDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.ProfilesManage))
            return new Dictionary<string, string> { [""] = "Vous n'avez pas le droit de gérer les profils." };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var role = draft.Id is { } id ? await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (draft.Id is not null && role is null)
            return new Dictionary<string, string> { [""] = "Ce profil n'existe plus." };

        var builtInKind = role?.BuiltInKey is { } key ? BuiltInProfiles.All.FirstOrDefault(p => p.Key == key)?.Kind : null;
        var errors = ProfileRules.Validate(draft.Name, draft.Permissions, role?.BuiltInKey, draft.Kind, builtInKind);
        var name = draft.Name.Trim();
        var normalized = name.ToUpperInvariant();
        if (!errors.ContainsKey("Name") && await db.Roles.AnyAsync(r => r.NormalizedName == normalized && r.Id != draft.Id, cancellationToken))
            errors["Name"] = "Un profil porte déjà ce nom.";
        if (errors.Count > 0) return errors;

        var isNew = role is null;
        role ??= db.Roles.Add(new RempartRole()).Entity;
        var old = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == RempartRole.PermissionClaim).ToListAsync(cancellationToken);
        var oldPermissions = old.Select(c => c.ClaimValue!).ToHashSet();
        var revokes = !isNew && ProfileRules.Revokes(role.Kind, oldPermissions, draft.Kind, draft.Permissions);

        role.Name = name;
        role.NormalizedName = normalized;
        role.Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        role.Kind = draft.Kind;
        role.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.RoleClaims.RemoveRange(old.Where(c => !draft.Permissions.Contains(c.ClaimValue!)));
        foreach (var permission in draft.Permissions.Except(oldPermissions))
            db.RoleClaims.Add(new() { RoleId = role.Id, ClaimType = RempartRole.PermissionClaim, ClaimValue = permission });

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var signedOut = revokes ? await SignOutHolders.OfProfileAsync(db, role.Id, cancellationToken) : 0;
        await transaction.CommitAsync(cancellationToken);

        var added = draft.Permissions.Except(oldPermissions).Order().Select(p => "+" + p);
        var removed = oldPermissions.Except(draft.Permissions).Order().Select(p => "-" + p);
        var details = $"Profil « {name} » ({draft.Kind}) par {actor.Name} : {string.Join(", ", added.Concat(removed).DefaultIfEmpty("permissions inchangées"))}"
            + (signedOut > 0 ? $" ; {signedOut} compte(s) à reconnecter" : "");
        await audit.ExecuteAsync(isNew ? AuditEvent.ProfileCreated : AuditEvent.ProfileChanged, actor.UserId, null, null, details, cancellationToken);
        draft.Id = role.Id;
        return errors;
    }
}
