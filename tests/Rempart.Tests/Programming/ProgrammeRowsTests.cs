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

    [Theory, DatabaseData]
    public async Task Calendar_ListsSessionsRunningInTheRange_FilteredByRegionTechniqueAndStatus(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var normandy = await ProgrammeFixtures.CreateAsync(database);
        var brittany = await ProgrammeFixtures.CreateAsync(database);
        await using (var db = database.CreateContext())
        {
            (await db.Sites.FindAsync(normandy.Site.Id))!.Region = "Normandie";
            (await db.Sites.FindAsync(brittany.Site.Id))!.Region = "Bretagne";
            (await db.Worksites.FindAsync(brittany.Worksite.Id))!.Techniques = "charpente, couverture";
            await db.SaveChangesAsync();
        }
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());
        var july = normandy.NewSession("2027-07-05", "2027-07-12");
        var published = brittany.NewSession("2027-07-10", "2027-07-20");
        published.Status = Domain.Programming.SessionStatus.Published;
        await save.ExecuteAsync(null, july, ProgrammeFixtures.Staff);
        await save.ExecuteAsync(null, published, ProgrammeFixtures.Staff);
        await save.ExecuteAsync(null, normandy.NewSession("2027-09-01", "2027-09-08"), ProgrammeFixtures.Staff);
        var calendar = new ListCalendarSessions(database.Contexts);
        var (start, end) = (DateOnly.Parse("2027-07-01"), DateOnly.Parse("2027-08-01"));

        var all = await calendar.ExecuteAsync(start, end, new CalendarFilter(), ProgrammeFixtures.Staff);
        var inNormandy = await calendar.ExecuteAsync(start, end, new CalendarFilter(Region: "Normandie"), ProgrammeFixtures.Staff);
        var carpentry = await calendar.ExecuteAsync(start, end, new CalendarFilter(Technique: "charpente"), ProgrammeFixtures.Staff);
        var publishedOnly = await calendar.ExecuteAsync(start, end, new CalendarFilter(Status: Domain.Programming.SessionStatus.Published), ProgrammeFixtures.Staff);

        Assert.Equal([july.Id, published.Id], all.Select(s => s.Id));
        Assert.Equal([july.Id], inNormandy.Select(s => s.Id));
        Assert.Equal([published.Id], carpentry.Select(s => s.Id));
        Assert.Equal([published.Id], publishedOnly.Select(s => s.Id));
    }
}
