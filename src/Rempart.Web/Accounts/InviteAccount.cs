using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Web.Mail;

namespace Rempart.Web.Accounts;

/// <summary>
/// Mails an activation link to an account created by an administrator and not activated yet. A new
/// invitation replaces the previous link; the link works once, for SignIn:InviteLinkDays.
/// </summary>
public sealed class InviteAccount(UserManager<RempartUser> users, ActivationLink links, AccountMails mails, WriteAudit audit, IOptions<SignInSecurityOptions> options)
{
    /// <summary>Null when sent, else why not. <paramref name="baseUri"/> is the site's address the link starts with.</summary>
    public async Task<string?> ExecuteAsync(Guid userId, Uri baseUri, Actor actor)
    {
        if (!actor.Can(Permissions.UsersManage)) return "Vous n'avez pas le droit de gérer les comptes.";
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return "Ce compte n'existe plus.";
        if (user.PasswordHash is not null) return "Ce compte est déjà activé : la personne peut utiliser « Mot de passe oublié ».";
        if (!user.IsActive) return "Ce compte est désactivé : réactivez-le d'abord.";
        var link = await links.CreateAsync(user, baseUri);
        await mails.SendInvitationAsync(user, link, options.Value.InviteLinkDays, actor.Name);
        await audit.ExecuteAsync(AuditEvent.AccountInvited, user.Id, user.Email, null, $"par {actor.Name}");
        return null;
    }
}
