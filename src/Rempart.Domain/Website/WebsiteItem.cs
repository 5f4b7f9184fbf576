namespace Rempart.Domain.Website;

public enum WebsiteItemKind
{
    Site,
    Worksite,
    Session,
}

public enum WebsiteSyncState
{
    /// <summary>Changed since the last push (or never pushed): waiting for the next one.</summary>
    Pending,
    Synced,

    /// <summary>The last push failed; retried at <see cref="WebsiteItem.NextAttemptAt"/>.</summary>
    Failed,
}

/// <summary>
/// One site, worksite or session as the public programme shows it and as the website was last sent
/// it. The change detector compares the programme with <see cref="ContentHash"/> and
/// <see cref="FreePlaces"/>; the push sends what changed and records the WordPress post it made.
/// </summary>
public sealed class WebsiteItem
{
    public WebsiteItemKind Kind { get; set; }
    public Guid EntityId { get; set; }

    /// <summary>What the item is called on the "Website" screen (kept when it leaves the programme).</summary>
    public string Title { get; set; } = "";

    /// <summary>Whether the item is in the published programme now; false means "take it down".</summary>
    public bool Live { get; set; }

    /// <summary>A hash of the public record without its availability, so that a new count of free places is told apart from a change of content.</summary>
    public string ContentHash { get; set; } = "";
    public int? FreePlaces { get; set; }
    public bool? RegistrationOpen { get; set; }
    public DateTime ChangedAt { get; set; }

    public WebsiteSyncState State { get; set; }

    /// <summary>The WordPress post's id, once created; null when none exists on the website.</summary>
    public long? PostId { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? PushedAt { get; set; }
    public string? LastError { get; set; }
}

/// <summary>A photo as uploaded to WordPress's media library, so that each is uploaded once.</summary>
public sealed class WebsiteMedia
{
    public Guid PhotoId { get; set; }
    public long MediaId { get; set; }
    public DateTime UploadedAt { get; set; }
}
