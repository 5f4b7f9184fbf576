using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

public sealed class MoveAndCopyTests
{
    private static (SaveSession Save, GetProgrammeItem Get, ProgrammeChangeFeed Feed) Operations(TestDatabase database)
    {
        var feed = new ProgrammeChangeFeed();
        return (new SaveSession(database.Contexts, TimeProvider.System, feed), new GetProgrammeItem(database.Contexts), feed);
    }

    [Theory, DatabaseData]
    public async Task Move_KeepsTheLength_AndTellsOpenPagesAboutIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var (save, get, feed) = Operations(database);
        var session = programme.NewSession("2027-07-05", "2027-07-19");
        await save.ExecuteAsync(null, session, ProgrammeFixtures.Staff);
        var heard = new List<ProgrammeChange>();
        feed.Changed += heard.Add;

        var outcome = await new MoveSession(get, save).ExecuteAsync(session.Id, 7, ProgrammeFixtures.Staff);

        Assert.True(outcome.Succeeded);
        var moved = (await get.SessionAsync(session.Id, ProgrammeFixtures.Staff))!;
        Assert.Equal((DateOnly.Parse("2027-07-12"), DateOnly.Parse("2027-07-26")), (moved.StartDate, moved.EndDate));
        Assert.Equal(new ProgrammeChange(ProgrammeItemKind.Session, session.Id, "Camille (personnel)"), Assert.Single(heard));
    }

    [Theory, DatabaseData]
    public async Task Move_OntoAnotherSessionOfTheWorksite_IsRefused_AndLeavesTheDates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var (save, get, _) = Operations(database);
        var first = programme.NewSession("2027-07-05", "2027-07-19");
        var second = programme.NewSession("2027-07-19", "2027-08-02");
        await save.ExecuteAsync(null, first, ProgrammeFixtures.Staff);
        await save.ExecuteAsync(null, second, ProgrammeFixtures.Staff);

        var outcome = await new MoveSession(get, save).ExecuteAsync(first.Id, 3, ProgrammeFixtures.Staff);

        Assert.Equal(second.Id, Assert.Single(outcome.ScheduleConflicts).With.Id);
        Assert.Equal(DateOnly.Parse("2027-07-05"), (await get.SessionAsync(first.Id, ProgrammeFixtures.Staff))!.StartDate);
    }

    [Theory, DatabaseData]
    public async Task CopySeason_CreatesDraftsOnTheSameWeekdays_AndASecondRunCreatesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var (save, _, _) = Operations(database);
        var saturday = programme.NewSession("2026-07-04", "2026-07-18", programme.Lea);
        saturday.Status = SessionStatus.Published;
        await save.ExecuteAsync(null, saturday, ProgrammeFixtures.Staff);
        await save.ExecuteAsync(null, programme.NewSession("2026-08-01", "2026-08-15"), ProgrammeFixtures.Staff);
        var copy = new CopySeason(database.Contexts, save);

        var first = await copy.ExecuteAsync([programme.Worksite.Id], 2026, ProgrammeFixtures.Staff);
        var second = await copy.ExecuteAsync([programme.Worksite.Id], 2026, ProgrammeFixtures.Staff);

        Assert.Equal(2, first.Copied);
        Assert.Empty(first.Skipped);
        Assert.Equal(0, second.Copied);
        Assert.Equal(2, second.Skipped.Count);
        await using var db = database.CreateContext();
        var copies = await db.Sessions.Include(s => s.Leaders).Where(s => s.StartDate >= new DateOnly(2027, 1, 1)).OrderBy(s => s.StartDate).ToListAsync();
        Assert.Equal(DayOfWeek.Saturday, copies[0].StartDate.DayOfWeek);
        Assert.Equal(DateOnly.Parse("2027-07-03"), copies[0].StartDate);
        Assert.All(copies, c => Assert.Equal(SessionStatus.Draft, c.Status));
        Assert.Equal([programme.Lea.Id], copies[0].Leaders.Select(l => l.LeaderId));
    }
}
