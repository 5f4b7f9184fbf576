namespace Rempart.Data.Programming;

public enum ProgrammeItemKind
{
    Site,
    Worksite,
    Session,
    Leader,
    /// <summary>A session's places: allocations, holds, registrations.</summary>
    Places,
}

/// <summary>Something in the programme was saved or deleted, by whom.</summary>
public sealed record ProgrammeChange(ProgrammeItemKind Kind, Guid Id, string? By);

/// <summary>
/// Tells open lists and calendars that the programme changed, so they refresh without a manual
/// reload. In-process: every circuit of this server hears every save made on it. Several servers
/// would relay it through the database (PostgreSQL LISTEN/NOTIFY); not needed on one server.
/// </summary>
public sealed class ProgrammeChangeFeed
{
    public event Action<ProgrammeChange>? Changed;

    public void Publish(ProgrammeChange change) => Changed?.Invoke(change);
}
