using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>Places and confirmed registrations of one group of sessions; the rate is confirmed over capacity.</summary>
public sealed record FillRate(string Label, int Sessions, int Capacity, int Confirmed, int Held)
{
    public double Rate => Capacity == 0 ? 0 : (double)Confirmed / Capacity;

    /// <summary>The rate in percent, rounded, for charts.</summary>
    public double Percent => Math.Round(Rate * 100, 1);
}

public sealed record FillRates(IReadOnlyList<FillRate> BySession, IReadOnlyList<FillRate> ByAssociation, IReadOnlyList<FillRate> ByWeek);

/// <summary>How full a season is: per session, per organising association, per week of the season (the week a session starts).</summary>
public sealed class GetFillRates(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<FillRates> ExecuteAsync(int season, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (firstDay, lastDay) = (new DateOnly(season, 1, 1), new DateOnly(season, 12, 31));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await (from s in db.Sessions
                              join w in db.Worksites on s.WorksiteId equals w.Id
                              join o in db.Organisations on w.AssociationId equals o.Id
                              where s.StartDate >= firstDay && s.StartDate <= lastDay
                              select new
                              {
                                  s.Id, w.Title, Association = o.Name, s.StartDate, s.Capacity,
                                  Confirmed = db.Registrations.Count(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Confirmed),
                                  Held = db.Registrations.Count(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Held && r.HeldUntil > now),
                              }).ToListAsync(cancellationToken);
        var bySession = sessions.OrderBy(s => s.StartDate).ThenBy(s => s.Title)
            .Select(s => new FillRate($"{s.Title} ({s.StartDate:dd/MM})", 1, s.Capacity, s.Confirmed, s.Held)).ToList();
        var byAssociation = sessions.GroupBy(s => s.Association).OrderBy(g => g.Key)
            .Select(g => new FillRate(g.Key, g.Count(), g.Sum(s => s.Capacity), g.Sum(s => s.Confirmed), g.Sum(s => s.Held))).ToList();
        var byWeek = sessions.GroupBy(s => ISOWeek.GetWeekOfYear(s.StartDate.ToDateTime(TimeOnly.MinValue))).OrderBy(g => g.Key)
            .Select(g => new FillRate($"S{g.Key:00}", g.Count(), g.Sum(s => s.Capacity), g.Sum(s => s.Confirmed), g.Sum(s => s.Held))).ToList();
        return new FillRates(bySession, byAssociation, byWeek);
    }
}
