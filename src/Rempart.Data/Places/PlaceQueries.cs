using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>A session of a season with what lists of places show about it.</summary>
public sealed record SeasonSession
{
    public Guid Id { get; init; }
    public string Worksite { get; init; } = "";
    public string Association { get; init; } = "";
    public DateOnly Start { get; init; }
    public DateOnly End { get; init; }
    public int Capacity { get; init; }
}

/// <summary>Places of many sessions at once, for lists, session pages and the dashboard: a few grouped queries.</summary>
public static class PlaceQueries
{
    /// <summary>The sessions starting in a season, by date, with their worksite and organising association.</summary>
    public static IQueryable<SeasonSession> SeasonSessions(RempartDbContext db, int season)
    {
        var (firstDay, lastDay) = (new DateOnly(season, 1, 1), new DateOnly(season, 12, 31));
        return from s in db.Sessions
               join w in db.Worksites on s.WorksiteId equals w.Id
               join o in db.Organisations on w.AssociationId equals o.Id
               where s.StartDate >= firstDay && s.StartDate <= lastDay
               orderby s.StartDate, w.Title
               select new SeasonSession { Id = s.Id, Worksite = w.Title, Association = o.Name, Start = s.StartDate, End = s.EndDate, Capacity = s.Capacity };
    }

    public static async Task<Dictionary<Guid, PlaceCounts>> CountsAsync(RempartDbContext db, IReadOnlyCollection<Guid> sessionIds, DateTime now, CancellationToken cancellationToken = default)
    {
        var capacities = await db.Sessions.Where(s => sessionIds.Contains(s.Id)).Select(s => new { s.Id, s.Capacity }).ToListAsync(cancellationToken);
        var taken = await db.Registrations.TakingAPlace(now)
            .Where(r => sessionIds.Contains(r.SessionId))
            .GroupBy(r => new { r.SessionId, r.Status, Open = r.AllocationId == null })
            .Select(g => new { g.Key.SessionId, g.Key.Status, g.Key.Open, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var allocated = await db.Allocations.Where(a => sessionIds.Contains(a.SessionId))
            .GroupBy(a => a.SessionId).Select(g => new { SessionId = g.Key, Size = g.Sum(a => a.Size) }).ToListAsync(cancellationToken);
        var waiting = await db.WaitingList.Where(e => sessionIds.Contains(e.SessionId) && e.Status == WaitingStatus.Waiting)
            .GroupBy(e => e.SessionId).Select(g => new { SessionId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return capacities.ToDictionary(s => s.Id, s =>
        {
            var mine = taken.Where(t => t.SessionId == s.Id).ToList();
            var allocatedSize = allocated.FirstOrDefault(a => a.SessionId == s.Id)?.Size ?? 0;
            return new PlaceCounts(
                s.Capacity, allocatedSize,
                Held: mine.Where(t => t.Status == RegistrationStatus.Held).Sum(t => t.Count),
                Confirmed: mine.Where(t => t.Status == RegistrationStatus.Confirmed).Sum(t => t.Count),
                Waiting: waiting.FirstOrDefault(w => w.SessionId == s.Id)?.Count ?? 0,
                OpenPool: s.Capacity - allocatedSize,
                OpenPoolUsed: mine.Where(t => t.Open).Sum(t => t.Count));
        });
    }
}
