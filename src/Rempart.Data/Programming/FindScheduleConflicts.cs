using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>
/// The sessions that would clash with a session on given dates: loads only the candidates (same
/// worksite, or sharing a leader, overlapping the dates) and lets <see cref="SessionSchedule"/> decide.
/// Called while the person picks dates, and again inside every save.
/// </summary>
public sealed class FindScheduleConflicts(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<ScheduleConflict>> ExecuteAsync(
        Guid sessionId, Guid worksiteId, DateOnly start, DateOnly end, IReadOnlyCollection<Guid> leaderIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ExecuteAsync(db, sessionId, worksiteId, start, end, leaderIds, cancellationToken);
    }

    internal static async Task<IReadOnlyList<ScheduleConflict>> ExecuteAsync(
        RempartDbContext db, Guid sessionId, Guid worksiteId, DateOnly start, DateOnly end, IReadOnlyCollection<Guid> leaderIds, CancellationToken cancellationToken)
    {
        if (end <= start) return [];
        var leaders = leaderIds.ToList();
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.Id != sessionId && s.StartDate < end && start < s.EndDate)
            .Where(s => s.WorksiteId == worksiteId || s.Leaders.Any(l => leaders.Contains(l.LeaderId)))
            .Join(db.Worksites, s => s.WorksiteId, w => w.Id, (s, w) => new
            {
                s.Id, s.WorksiteId, w.Title, s.StartDate, s.EndDate, s.Status, LeaderIds = s.Leaders.Select(l => l.LeaderId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var names = await db.Leaders.AsNoTracking().Where(l => leaders.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => l.FirstName + " " + l.LastName, cancellationToken);

        var candidate = new ScheduledSession(sessionId, worksiteId, "", start, end, leaders);
        var others = rows.Select(r => new ScheduledSession(r.Id, r.WorksiteId, r.Title, r.StartDate, r.EndDate, r.LeaderIds, r.Status == SessionStatus.Cancelled));
        return SessionSchedule.ConflictsOf(candidate, others, names);
    }
}
