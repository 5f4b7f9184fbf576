namespace Rempart.Domain.Programming;

/// <summary>What the date control needs to know of a session: when, where, and who leads it.</summary>
public sealed record ScheduledSession(
    Guid Id, Guid WorksiteId, string WorksiteTitle, DateOnly Start, DateOnly End, IReadOnlyCollection<Guid> LeaderIds, bool IsCancelled = false);

public enum ConflictKind
{
    SameWorksite,
    Leader,
}

/// <summary>A session that cannot share its dates with the one being saved, and why.</summary>
public sealed record ScheduleConflict(ConflictKind Kind, ScheduledSession With, Guid? LeaderId, string Message);
