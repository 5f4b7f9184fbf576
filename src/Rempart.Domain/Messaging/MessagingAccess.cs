using Rempart.Domain.Accounts;

namespace Rempart.Domain.Messaging;

/// <summary>
/// Who reads and writes a conversation. The association's side is its managers; the volunteer's
/// side is the volunteer's account and the accounts that act for it (a parent), or for an
/// announcement, the volunteers registered on the session. Being staff opens nothing here: messages
/// are read by the people involved only.
/// </summary>
public static class MessagingAccess
{
    public static bool ActsFor(Actor actor, Guid organisationId) =>
        actor.OrganisationId == organisationId && actor.Profiles.Contains(ProfileKind.AssociationManager);

    /// <summary>True: the association's side; false: the volunteer's; null: not involved, the conversation does not exist for them.</summary>
    public static bool? SideOf(Actor actor, Guid organisationId, bool onVolunteerSide) =>
        ActsFor(actor, organisationId) ? true : onVolunteerSide ? false : null;

    /// <summary>Null when the asker may post in the conversation, from the side given; otherwise why not.</summary>
    public static string? RefusePost(Actor actor, ConversationKind kind, bool fromOrganisation)
    {
        if (fromOrganisation && !actor.Can(Permissions.MailSend)) return "Votre profil ne permet pas d'écrire aux volontaires.";
        if (kind == ConversationKind.Announcement && !fromOrganisation) return "Seule l'association écrit dans une annonce : pour lui répondre, écrivez-lui un message.";
        return null;
    }
}
