using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>Deletes a profile the super-admin created (never a shipped one); its holders are signed out.</summary>
public sealed class DeleteProfile(IDbContextFactory<RempartDbContext> contexts, WriteAudit audit)
{
    /// <summary>Null when deleted, else why not, in French.</summary>
    public async Task<string?> ExecuteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.ProfilesManage)) return "Vous n'avez pas le droit de gérer les profils.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (role is null) return "Ce profil n'existe plus.";
        if (role.BuiltInKey is not null) return "Un profil fourni avec Rempart ne peut pas être supprimé ; retirez-lui des permissions si besoin.";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var signedOut = await SignOutHolders.OfProfileAsync(db, id, cancellationToken);
        await db.UserRoles.Where(ur => ur.RoleId == id).ExecuteDeleteAsync(cancellationToken);
        await db.RoleClaims.Where(c => c.RoleId == id).ExecuteDeleteAsync(cancellationToken);
        db.Roles.Remove(role);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.ExecuteAsync(AuditEvent.ProfileDeleted, actor.UserId, null, null,
            $"Profil « {role.Name} » par {actor.Name} ; {signedOut} compte(s) à reconnecter", cancellationToken);
        return null;
    }
}
