using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
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
    /// <summary>The union's figures: staff who allocate places see them; anyone else gets none.</summary>
    public async Task<FillRates> ExecuteAsync(int season, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!PlaceAccess.MayAllocate(actor)) return new FillRates([], [], []);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await PlaceQueries.SeasonSessions(db, season).ToListAsync(cancellationToken);
        var counts = await PlaceQueries.CountsAsync(db, sessions.Select(s => s.Id).ToList(), now, cancellationToken);
        var bySession = sessions.Select(s => new FillRate($"{s.Worksite} ({s.Start:dd/MM})", 1, s.Capacity, counts[s.Id].Confirmed, counts[s.Id].Held)).ToList();
        FillRate Sum(string label, IEnumerable<SeasonSession> group) =>
            new(label, group.Count(), group.Sum(s => s.Capacity), group.Sum(s => counts[s.Id].Confirmed), group.Sum(s => counts[s.Id].Held));
        var byAssociation = sessions.GroupBy(s => s.Association).OrderBy(g => g.Key).Select(g => Sum(g.Key, g)).ToList();
        var byWeek = sessions.GroupBy(s => ISOWeek.GetWeekOfYear(s.Start.ToDateTime(TimeOnly.MinValue))).OrderBy(g => g.Key)
            .Select(g => Sum($"S{g.Key:00}", g)).ToList();
        return new FillRates(bySession, byAssociation, byWeek);
    }
}
