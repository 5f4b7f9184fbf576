namespace Rempart.Domain.Documents;

public enum SearchState
{
    /// <summary>Waiting for the background indexer.</summary>
    Pending,
    Indexed,

    /// <summary>No text could be read (a scan without OCR installed, an image): found by its title, description and tags only.</summary>
    NotSearchable,
}

/// <summary>
/// A document of a folder: its description and its file, whose earlier versions stay in
/// <see cref="DocumentVersion"/>. Archived documents (<see cref="ArchivedAt"/>) leave the folder's
/// main view for its archive view, stay searchable and can be restored.
/// </summary>
public sealed class Document
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid FolderId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Comma-separated, as typed (trimmed, without duplicates).</summary>
    public string Tags { get; set; } = "";
    public DateTime AddedAt { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public Guid AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public DateTime? ArchivedAt { get; set; }

    /// <summary>When it was last brought back from the archive: its time in force counts again from then.</summary>
    public DateTime? RestoredAt { get; set; }
    public int CurrentVersion { get; set; } = 1;
    public SearchState SearchState { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One file a document had; the highest number is the current one.</summary>
public sealed class DocumentVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DocumentId { get; set; }
    public int Number { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string StoredName { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public Guid UploadedBy { get; set; }
    public string UploadedByName { get; set; } = "";
}
