using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>
/// An administrator creates or changes an account: identity, organisation, profiles, extranet
/// groups and the people it manages. A new account has no password: the person activates it from
/// the invitation. Losing a profile or changing organisation signs the person out, so the change
/// applies within a minute. Audited with what changed.
/// </summary>
public sealed class SaveAccount(UserManager<RempartUser> users, IDbContextFactory<RempartDbContext> contexts, WriteAudit audit)
{
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(AccountDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage))
            return new Dictionary<string, string> { [""] = "Vous n'avez pas le droit de gérer les comptes." };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profiles = await db.Roles.Where(r => draft.ProfileIds.Contains(r.Id)).Select(r => new { r.Id, r.Kind, r.Name }).ToListAsync(cancellationToken);
        var organisation = draft.OrganisationId is { } orgId ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == orgId, cancellationToken) : null;
        var errors = AccountRules.Validate(draft.Email, draft.DisplayName, profiles.Select(p => p.Kind).ToHashSet(), organisation?.Kind);
        if (draft.OrganisationId is not null && organisation is null) errors["OrganisationId"] = "Cette organisation n'existe plus.";
        if (draft.Managed.Any(m => m.Id == draft.Id)) errors["Managed"] = "Une personne ne peut pas se gérer elle-même.";
        if (draft.Id == actor.UserId && !await KeepsAdministrationAsync(db, draft.ProfileIds, cancellationToken))
            errors["ProfileIds"] = "Vous ne pouvez pas retirer vos propres droits de gestion des comptes.";
        if (errors.Count > 0) return errors;

        var email = draft.Email.Trim();
        var user = draft.Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (draft.Id is not null && user is null) return new Dictionary<string, string> { [""] = "Ce compte n'existe plus." };
        var isNew = user is null;
        var signOut = false;
        if (user is null)
        {
            user = new RempartUser { UserName = email, Email = email, DisplayName = draft.DisplayName.Trim(), OrganisationId = draft.OrganisationId };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) return IdentityErrors(created);
        }
        else
        {
            signOut = user.OrganisationId != draft.OrganisationId || !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase);
            user.DisplayName = draft.DisplayName.Trim();
            user.OrganisationId = draft.OrganisationId;
            if (!string.Equals(user.Email, email, StringComparison.Ordinal))
            {
                user.Email = email;
                user.UserName = email;
                user.EmailConfirmed = false;
            }
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded) return IdentityErrors(updated);
        }

        var changes = new List<string>();
        var heldRoles = await db.UserRoles.Where(r => r.UserId == user.Id).ToListAsync(cancellationToken);
        var removedRoles = heldRoles.Where(r => !draft.ProfileIds.Contains(r.RoleId)).ToList();
        db.UserRoles.RemoveRange(removedRoles);
        foreach (var profile in profiles.Where(p => heldRoles.All(r => r.RoleId != p.Id)))
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = profile.Id });
            changes.Add("+profil " + profile.Name);
        }
        if (removedRoles.Count > 0) changes.Add($"-{removedRoles.Count} profil(s)");
        signOut |= removedRoles.Count > 0;

        var groups = await db.ExtranetGroupMembers.Where(m => m.UserId == user.Id).ToListAsync(cancellationToken);
        var validGroups = await db.ExtranetGroups.Where(g => draft.GroupIds.Contains(g.Id)).Select(g => g.Id).ToListAsync(cancellationToken);
        db.ExtranetGroupMembers.RemoveRange(groups.Where(m => !validGroups.Contains(m.GroupId)));
        foreach (var groupId in validGroups.Where(g => groups.All(m => m.GroupId != g)))
            db.ExtranetGroupMembers.Add(new ExtranetGroupMember { GroupId = groupId, UserId = user.Id });
        if (groups.Count != validGroups.Count || groups.Any(m => !validGroups.Contains(m.GroupId))) changes.Add("groupes de l'extranet");

        var managed = await db.ManagedAccounts.Where(m => m.ManagerId == user.Id).ToListAsync(cancellationToken);
        var wanted = draft.Managed.Select(m => m.Id).ToHashSet();
        var existing = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        db.ManagedAccounts.RemoveRange(managed.Where(m => !existing.Contains(m.ManagedId)));
        foreach (var personId in existing.Where(p => managed.All(m => m.ManagedId != p)))
            db.ManagedAccounts.Add(new ManagedAccount { ManagerId = user.Id, ManagedId = personId });
        if (managed.Count != existing.Count || managed.Any(m => !existing.Contains(m.ManagedId))) changes.Add($"{existing.Count} personne(s) gérée(s)");

        await db.SaveChangesAsync(cancellationToken);
        if (signOut && !isNew) await users.UpdateSecurityStampAsync(user);
        await audit.ExecuteAsync(isNew ? AuditEvent.AccountCreated : AuditEvent.AccountChanged, user.Id, user.Email, null,
            $"par {actor.Name}" + (changes.Count > 0 ? " : " + string.Join(", ", changes) : ""), cancellationToken);
        draft.Id = user.Id;
        return errors;
    }

    private static async Task<bool> KeepsAdministrationAsync(RempartDbContext db, IReadOnlySet<Guid> profileIds, CancellationToken cancellationToken) =>
        await db.RoleClaims.AnyAsync(c => profileIds.Contains(c.RoleId) && c.ClaimType == RempartRole.PermissionClaim
            && c.ClaimValue == Permissions.UsersManage, cancellationToken);

    private static Dictionary<string, string> IdentityErrors(IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
            ? new Dictionary<string, string> { ["Email"] = "Un compte existe déjà avec cette adresse e-mail." }
            : new Dictionary<string, string> { [""] = string.Join(" ", result.Errors.Select(e => e.Description)) };
}
