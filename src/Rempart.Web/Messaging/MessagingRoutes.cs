namespace Rempart.Web.Messaging;

/// <summary>Where each side reads its messages: the association's space or the volunteer's.</summary>
public static class MessagingRoutes
{
    public const string Association = "/association/messages";
    public const string Volunteer = "/benevole/messages";
    public const string Attachments = "/messages/pieces-jointes";

    public static string InboxOf(bool asOrganisation) => asOrganisation ? Association : Volunteer;

    public static string Conversation(bool asOrganisation, Guid id) => $"{InboxOf(asOrganisation)}/{id}";
}
