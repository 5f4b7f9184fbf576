namespace Rempart.Domain.Messaging;

public enum ConversationKind
{
    /// <summary>An association and one volunteer (and whoever acts for them: a parent, a structure).</summary>
    Direct,

    /// <summary>The association that runs a session, to every volunteer registered on it; only the association writes.</summary>
    Announcement,
}

/// <summary>
/// A thread of messages inside Rempart. A direct conversation joins an association
/// (<see cref="OrganisationId"/>) and a volunteer (<see cref="VolunteerId"/>); an announcement joins
/// the association running a session (<see cref="SessionId"/>) and the volunteers registered on it.
/// Who may read it is <see cref="MessagingAccess"/>'s rule; nobody else, staff included, reads it.
/// </summary>
public sealed class Conversation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public ConversationKind Kind { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid? VolunteerId { get; set; }
    public Guid? SessionId { get; set; }
    public string Subject { get; set; } = "";
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastMessageAt { get; set; }
}

/// <summary>
/// One message. <see cref="FromOrganisation"/> tells which side wrote it. A confidential message is
/// announced by e-mail without its subject or text: only a link brings the reader back to Rempart.
/// </summary>
public sealed class Message
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ConversationId { get; set; }
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public bool FromOrganisation { get; set; }
    public string Body { get; set; } = "";
    public bool Confidential { get; set; }
    public DateTime SentAt { get; set; }
}

/// <summary>A file sent with a message, checked by its content and stored privately under a generated name.</summary>
public sealed class MessageAttachment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MessageId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string StoredName { get; set; } = "";
}

/// <summary>Up to when one person has read one conversation: what came later, from someone else, is unread.</summary>
public sealed class ConversationRead
{
    public Guid ConversationId { get; set; }
    public Guid UserId { get; set; }
    public DateTime ReadAt { get; set; }
}
