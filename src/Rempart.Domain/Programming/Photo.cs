namespace Rempart.Domain.Programming;

public enum PhotoOwner
{
    Site,
    Worksite,
}

/// <summary>A photo of a site or worksite: stored under a generated name, described for screen readers, ordered, one of them the cover.</summary>
public sealed class Photo
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public PhotoOwner OwnerKind { get; set; }
    public Guid OwnerId { get; set; }
    public string StoredName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string AltText { get; set; } = "";
    public int Position { get; set; }
    public bool IsCover { get; set; }
    public DateTime UploadedAt { get; set; } = DateTime.UtcNow;
}
