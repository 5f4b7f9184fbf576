namespace Rempart.Domain.Registrations;

/// <summary>The documents a session can ask of its volunteers.</summary>
public enum DocumentKind
{
    IdentityDocument,
    ParentalAuthorisation,
    HealthForm,
    Certificate,
}

public enum DocumentStatus
{
    /// <summary>Sent, not looked at yet.</summary>
    Submitted,
    Accepted,

    /// <summary>Not usable (unreadable, wrong person, out of date): the volunteer sends another.</summary>
    Rejected,
}

/// <summary>
/// A file a volunteer sent for a registration. Stored privately under <see cref="StoredName"/> (never
/// the uploaded name), opened only through a checked download; a health form only by those holding
/// the health permission, and each opening is logged.
/// </summary>
public sealed class RegistrationDocument
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public DocumentKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string StoredName { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public Guid? UploadedBy { get; set; }
    public DocumentStatus Status { get; set; }
    public string? ReviewNote { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
}
