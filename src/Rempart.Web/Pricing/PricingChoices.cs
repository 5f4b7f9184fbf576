using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Web.Accounts;
using Rempart.Web.Programming;

namespace Rempart.Web.Pricing;

/// <summary>The simulator's pickers: sessions not yet begun, and volunteers found by name or address (staff pages only).</summary>
public sealed class PricingChoices(IDbContextFactory<RempartDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<Choice>> UpcomingSessionsAsync()
    {
        if (!(await actor.GetAsync()).IsStaff) return [];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await (from s in db.Sessions
                          join w in db.Worksites on s.WorksiteId equals w.Id
                          where s.StartDate > today
                          orderby s.StartDate, w.Title
                          select new { s.Id, w.Title, s.StartDate, s.EndDate }).Take(1000).ToListAsync();
        return rows.Select(r => new Choice(r.Id, $"{r.Title} ({r.StartDate:dd/MM/yyyy} – {r.EndDate:dd/MM/yyyy})")).ToList();
    }

    public async Task<IReadOnlyList<Choice>> VolunteersAsync(string? search)
    {
        // Names and dates of birth of every volunteer: for the union's staff only, whatever page asks.
        if (string.IsNullOrWhiteSpace(search) || search.Trim().Length < 2 || !(await actor.GetAsync()).IsStaff) return [];
        var text = $"%{search.Trim().ToLower()}%";
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await db.Volunteers
            .Where(v => EF.Functions.Like((v.FirstName + " " + v.LastName).ToLower(), text) || EF.Functions.Like(v.Email.ToLower(), text))
            .OrderBy(v => v.LastName).ThenBy(v => v.FirstName).Take(20)
            .Select(v => new { v.Id, v.FirstName, v.LastName, v.BirthDate }).ToListAsync();
        return rows.Select(v => new Choice(v.Id, $"{v.FirstName} {v.LastName} (né(e) le {v.BirthDate:dd/MM/yyyy})")).ToList();
    }
}
