using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

public sealed class SaveSessionTests
{
    [Theory, DatabaseData]
    public async Task Save_ASecondSessionOverlappingTheFirst_IsRefused_NamingTheFirst_AndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());
        var first = programme.NewSession("2027-07-05", "2027-07-19");
        Assert.True((await save.ExecuteAsync(null, first, ProgrammeFixtures.Staff)).Succeeded);

        var outcome = await save.ExecuteAsync(null, programme.NewSession("2027-07-12", "2027-07-26"), ProgrammeFixtures.Staff);

        var conflict = Assert.Single(outcome.ScheduleConflicts);
        Assert.Equal(first.Id, conflict.With.Id);
        Assert.Equal("Restauration des courtines", conflict.With.WorksiteTitle);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Sessions.CountAsync());
    }

    [Theory, DatabaseData]
    public async Task Save_ASessionStartingTheDayTheOtherEnds_IsAccepted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());
        await save.ExecuteAsync(null, programme.NewSession("2027-07-05", "2027-07-19"), ProgrammeFixtures.Staff);

        var outcome = await save.ExecuteAsync(null, programme.NewSession("2027-07-19", "2027-08-02"), ProgrammeFixtures.Staff);

        Assert.True(outcome.Succeeded);
    }

    [Theory, DatabaseData]
    public async Task Save_ALeaderOnTwoOverlappingSessionsOfDifferentWorksites_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var other = new Worksite { Title = "Fouilles de la basse-cour", SiteId = programme.Site.Id, AssociationId = programme.Association.Id };
        await using (var db = database.CreateContext()) { db.Worksites.Add(other); await db.SaveChangesAsync(); }
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());
        await save.ExecuteAsync(null, programme.NewSession("2027-07-05", "2027-07-19", programme.Lea), ProgrammeFixtures.Staff);
        var second = programme.NewSession("2027-07-10", "2027-07-20", programme.Lea, programme.Hugo);
        second.WorksiteId = other.Id;

        var outcome = await save.ExecuteAsync(null, second, ProgrammeFixtures.Staff);

        var conflict = Assert.Single(outcome.ScheduleConflicts);
        Assert.Equal(ConflictKind.Leader, conflict.Kind);
        Assert.StartsWith("Léa Martin anime déjà « Restauration des courtines »", conflict.Message);
    }

    [Theory, DatabaseData]
    public async Task Save_WithLeaders_StoresThem_AndAnUpdateReplacesThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());
        var session = programme.NewSession("2027-07-05", "2027-07-19", programme.Lea);
        await save.ExecuteAsync(null, session, ProgrammeFixtures.Staff);
        var loaded = (await new GetProgrammeItem(database.Contexts).SessionAsync(session.Id, ProgrammeFixtures.Staff))!;
        var edited = loaded.CopyFields();
        edited.Leaders.Add(new SessionLeader { SessionId = session.Id, LeaderId = programme.Hugo.Id });

        var outcome = await save.ExecuteAsync(loaded, edited, ProgrammeFixtures.Staff);

        Assert.True(outcome.Succeeded);
        var reloaded = (await new GetProgrammeItem(database.Contexts).SessionAsync(session.Id, ProgrammeFixtures.Staff))!;
        Assert.Equal([programme.Hugo.Id], reloaded.Leaders.Select(l => l.LeaderId));
        Assert.Equal("Camille (personnel)", reloaded.UpdatedBy);
        Assert.NotEqual(loaded.Version, reloaded.Version);
    }

    [Theory, DatabaseData]
    public async Task Save_FromAStaleCopy_IsRefused_SayingWhoChangedWhat_AndKeepsTheirChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());
        var session = programme.NewSession("2027-07-05", "2027-07-19");
        await save.ExecuteAsync(null, session, ProgrammeFixtures.Staff);
        var get = new GetProgrammeItem(database.Contexts);
        var openedByCamille = (await get.SessionAsync(session.Id, ProgrammeFixtures.Staff))!;
        var openedByLouis = (await get.SessionAsync(session.Id, ProgrammeFixtures.Staff))!;
        var louis = ProgrammeFixtures.Staff with { Name = "Louis (personnel)" };

        var louisEdit = openedByLouis.CopyFields();
        louisEdit.Capacity = 20;
        Assert.True((await save.ExecuteAsync(openedByLouis, louisEdit, louis)).Succeeded);
        var camilleEdit = openedByCamille.CopyFields();
        camilleEdit.PracticalInformation = "Apporter des gants.";
        var outcome = await save.ExecuteAsync(openedByCamille, camilleEdit, ProgrammeFixtures.Staff);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Louis (personnel)", outcome.Concurrent!.UpdatedBy);
        Assert.Equal(["Capacity"], outcome.Concurrent.ChangedFields);
        var stored = (await get.SessionAsync(session.Id, ProgrammeFixtures.Staff))!;
        Assert.Equal(20, stored.Capacity);
        Assert.Null(stored.PracticalInformation);
    }

    [Theory, DatabaseData]
    public async Task Save_ByAManagerOfAnotherAssociation_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var stranger = programme.ManagerOf(new Domain.Organisations.Organisation { Name = "Autre" });
        var own = programme.ManagerOf(programme.Association);
        var save = new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed());

        Assert.True((await save.ExecuteAsync(null, programme.NewSession("2027-07-05", "2027-07-19"), stranger)).Forbidden);
        Assert.True((await save.ExecuteAsync(null, programme.NewSession("2027-07-05", "2027-07-19"), own)).Succeeded);
    }
}
