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
}
