using Microsoft.EntityFrameworkCore;
using Radzen;
using Rempart.Data;
using Rempart.Data.Programming;
using Rempart.Web.Accounts;
using Rempart.Web.Ui.Grids;

namespace Rempart.Web.Programming;

/// <summary>The programme's grids: one page of rows per call, in a short-lived DbContext, scoped to who is asking.</summary>
public sealed class ProgrammeGrids(IDbContextFactory<RempartDbContext> contexts, CurrentActor actor)
{
    public async Task<GridPage<SiteRow>> SitesAsync(LoadDataArgs args, string? search)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await GridLoader.LoadAsync(ProgrammeRows.Sites(db, search), args, q => q.OrderBy(r => r.Name));
    }

    public async Task<GridPage<WorksiteRow>> WorksitesAsync(LoadDataArgs args, string? search)
    {
        var who = await actor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync();
        return await GridLoader.LoadAsync(ProgrammeRows.Worksites(db, who, search), args, q => q.OrderBy(r => r.Title));
    }

    public async Task<GridPage<SessionRow>> SessionsAsync(LoadDataArgs args, string? search, Guid? worksiteId = null)
    {
        var who = await actor.GetAsync();
        await using var db = await contexts.CreateDbContextAsync();
        return await GridLoader.LoadAsync(ProgrammeRows.Sessions(db, who, search, worksiteId), args,
            q => q.OrderByDescending(r => r.StartDate).ThenBy(r => r.Worksite));
    }

    public async Task<GridPage<LeaderRow>> LeadersAsync(LoadDataArgs args, string? search)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await GridLoader.LoadAsync(ProgrammeRows.Leaders(db, search), args, q => q.OrderBy(r => r.LastName).ThenBy(r => r.FirstName));
    }
}
