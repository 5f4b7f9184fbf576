using Microsoft.EntityFrameworkCore;
using Radzen;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Organisations;
using Rempart.Web.Ui.Grids;

namespace Rempart.Web.Accounts;

/// <summary>The administration's grids (the pages are the super-admin's only).</summary>
public sealed class AdminGrids(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<GridPage<AccountRow>> AccountsAsync(LoadDataArgs args, string? search)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await GridLoader.LoadAsync(AccountRows.Accounts(db, search), args, q => q.OrderBy(r => r.Email));
    }

    public async Task<GridPage<OrganisationRow>> OrganisationsAsync(LoadDataArgs args, string? search)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await GridLoader.LoadAsync(OrganisationRows.Query(db, search), args, q => q.OrderBy(r => r.Name));
    }

    public async Task<GridPage<AuditRow>> AuditAsync(LoadDataArgs args, string? search)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await GridLoader.LoadAsync(AccountRows.Audit(db, search), args, q => q.OrderByDescending(r => r.At));
    }
}
