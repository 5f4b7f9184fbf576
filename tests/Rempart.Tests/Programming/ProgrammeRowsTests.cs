using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

public sealed class ProgrammeRowsTests
{
    [Theory, DatabaseData]
    public async Task Sessions_ForAnAssociationManager_AreOnlyTheirAssociations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mine = await ProgrammeFixtures.CreateAsync(database);
        var theirs = await ProgrammeFixtures.CreateAsync(database);
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());
        await save.ExecuteAsync(null, mine.NewSession("2027-07-05", "2027-07-12"), ProgrammeFixtures.Staff);
        await save.ExecuteAsync(null, theirs.NewSession("2027-07-05", "2027-07-12"), ProgrammeFixtures.Staff);
        await using var db = database.CreateContext();

        var managerRows = await ProgrammeRows.Sessions(db, mine.ManagerOf(mine.Association), null).ToListAsync();
        var staffRows = await ProgrammeRows.Sessions(db, ProgrammeFixtures.Staff, null).ToListAsync();

        Assert.Equal([mine.Worksite.Id], managerRows.Select(r => r.WorksiteId));
        Assert.Equal(2, staffRows.Count);
    }
}
