using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

/// <summary>
/// The super-admin unlocks, deactivates or reactivates an account. Deactivating changes the
/// security stamp, so the person's open pages close within a minute; each change is audited.
/// </summary>
public sealed class ChangeAccountState(UserManager<RempartUser> users, SignInFailures failures, WriteAudit audit)
{
    public async Task<string?> UnlockAsync(Guid userId, Actor actor) =>
        await ChangeAsync(userId, actor, AuditEvent.AccountUnlocked, user => failures.ClearAsync(user.Id));

    public async Task<string?> SetActiveAsync(Guid userId, bool active, Actor actor) =>
        !active && userId == actor.UserId
            ? "Vous ne pouvez pas désactiver votre propre compte."
            : await ChangeAsync(userId, actor, active ? AuditEvent.AccountReactivated : AuditEvent.AccountDeactivated, async user =>
        {
            user.IsActive = active;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        });

    private async Task<string?> ChangeAsync(Guid userId, Actor actor, AuditEvent what, Func<RempartUser, Task> change)
    {
        if (!actor.Can(Permissions.UsersManage)) return "Vous n'avez pas le droit de gérer les comptes.";
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return "Ce compte n'existe plus.";
        await change(user);
        await audit.ExecuteAsync(what, user.Id, user.Email, null, $"par {actor.Name}");
        return null;
    }
}
