namespace Rempart.Domain.Programming;

/// <summary>
/// Date control across sessions: two sessions of a worksite may not overlap, and a leader may not
/// lead two overlapping sessions. Every way in (form, calendar drag, season copy, API) asks this.
/// </summary>
public static class SessionSchedule
{
    public static IReadOnlyList<ScheduleConflict> ConflictsOf(
        ScheduledSession candidate, IEnumerable<ScheduledSession> others, IReadOnlyDictionary<Guid, string> leaderNames)
    {
        var conflicts = new List<ScheduleConflict>();
        if (candidate.IsCancelled || candidate.End <= candidate.Start) return conflicts;
        foreach (var other in others)
        {
            // A cancelled session frees its dates and its leaders.
            if (other.Id == candidate.Id || other.IsCancelled || !SessionRules.Overlaps(candidate.Start, candidate.End, other.Start, other.End))
                continue;
            if (other.WorksiteId == candidate.WorksiteId)
                conflicts.Add(new ScheduleConflict(ConflictKind.SameWorksite, other, null,
                    $"Ces dates chevauchent une autre session de ce chantier ({Dates(other)})."));
            foreach (var leader in candidate.LeaderIds.Intersect(other.LeaderIds))
                conflicts.Add(new ScheduleConflict(ConflictKind.Leader, other, leader,
                    $"{leaderNames.GetValueOrDefault(leader, "Un animateur")} anime déjà « {other.WorksiteTitle} » ({Dates(other)})."));
        }
        return conflicts.OrderBy(c => c.With.Start).ThenBy(c => c.Kind).ToList();
    }

    private static string Dates(ScheduledSession s) => $"du {s.Start:dd/MM/yyyy} au {s.End:dd/MM/yyyy}";
}
