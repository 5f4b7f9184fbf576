using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Programming;
using Rempart.Web.Accounts;

namespace Rempart.Web.Programming;

public sealed record Choice(Guid Id, string Label);

/// <summary>The options of the programme forms' drop-downs, limited to what the person may choose.</summary>
public sealed class ProgrammeChoices(IDbContextFactory<RempartDbContext> contexts, CurrentActor actor)
{
    public async Task<IReadOnlyList<Choice>> AssociationsAsync()
    {
        var who = await actor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync();
        return await ProgrammeRows.Associations(db).Where(o => who.IsStaff || o.Id == who.OrganisationId)
            .OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
    }

    public async Task<IReadOnlyList<Choice>> SitesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Sites.OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name + " (" + s.Commune + ")")).ToListAsync();
    }

    public async Task<IReadOnlyList<Choice>> WorksitesAsync()
    {
        var who = await actor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Worksites.Where(w => who.IsStaff || w.AssociationId == who.OrganisationId)
            .OrderBy(w => w.Title).Select(w => new Choice(w.Id, w.Title)).ToListAsync();
    }

    public async Task<IReadOnlyList<Choice>> LeadersAsync()
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Leaders.OrderBy(l => l.LastName).ThenBy(l => l.FirstName)
            .Select(l => new Choice(l.Id, l.FirstName + " " + l.LastName)).ToListAsync();
    }

    /// <summary>Sessions of a season (all seasons when null), of one association or, for a manager, of theirs only.</summary>
    public async Task<IReadOnlyList<Choice>> SessionsAsync(int? season, Guid? associationId)
    {
        var who = await actor.GetAsync();
        var association = who.IsStaff ? associationId : who.OrganisationId;
        await using var db = await contexts.CreateDbContextAsync();
        var query = from s in db.Sessions
                    join w in db.Worksites on s.WorksiteId equals w.Id
                    where association == null || w.AssociationId == association
                    select new { s.Id, w.Title, s.StartDate };
        if (season is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(x => x.StartDate >= first && x.StartDate <= last);
        }
        var rows = await query.OrderBy(x => x.StartDate).ThenBy(x => x.Title).Take(1000).ToListAsync();
        return rows.Select(x => new Choice(x.Id, $"{x.Title} ({x.StartDate:dd/MM/yyyy})")).ToList();
    }
}
