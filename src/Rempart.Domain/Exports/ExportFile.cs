namespace Rempart.Domain.Exports;

public enum ExportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A long export asked by someone, made in the background: its list, format and filters, how far
/// it got, and the file once made. Only its owner sees it and downloads it; it is deleted after the
/// configured number of days.
/// </summary>
public sealed class ExportFile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OwnerId { get; set; }
    public string List { get; set; } = "";
    public string Format { get; set; } = "";

    /// <summary>The list's filters, as the query string of its page's export link.</summary>
    public string Query { get; set; } = "";
    public ExportStatus Status { get; set; }

    /// <summary>Percent done, 0 to 100.</summary>
    public int Progress { get; set; }
    public int Rows { get; set; }
    public string FileName { get; set; } = "";
    public string? StoredName { get; set; }
    public string? Error { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
}
