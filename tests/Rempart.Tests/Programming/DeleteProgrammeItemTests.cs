using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

public sealed class DeleteProgrammeItemTests
{
    [Theory, DatabaseData]
    public async Task DeleteSite_WithWorksites_IsRefusedWithTheReason_AndDeletesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);

        var outcome = await new DeleteProgrammeItem(database.Contexts, new ProgrammeChangeFeed()).SiteAsync(programme.Site.Id, ProgrammeFixtures.Staff);

        Assert.False(outcome.Deleted);
        Assert.Equal("Ce site accueille 1 chantier(s) : supprimez-les ou rattachez-les à un autre site d'abord.", outcome.Reason);
        await using var db = database.CreateContext();
        Assert.True(await db.Sites.AnyAsync(s => s.Id == programme.Site.Id));
    }

    [Theory, DatabaseData]
    public async Task DeleteLeader_WhoLeadsASession_IsRefused_AndDeleteSession_RemovesItsLeaderLinks(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var session = programme.NewSession("2027-07-05", "2027-07-19", programme.Lea);
        await new SaveSession(database.Contexts, TimeProvider.System, new ProgrammeChangeFeed()).ExecuteAsync(null, session, ProgrammeFixtures.Staff);
        var delete = new DeleteProgrammeItem(database.Contexts, new ProgrammeChangeFeed());

        Assert.False((await delete.LeaderAsync(programme.Lea.Id, ProgrammeFixtures.Staff)).Deleted);
        Assert.True((await delete.SessionAsync(session.Id, ProgrammeFixtures.Staff)).Deleted);
        Assert.True((await delete.LeaderAsync(programme.Lea.Id, ProgrammeFixtures.Staff)).Deleted);
    }

    [Theory, DatabaseData]
    public async Task DeleteWorksite_ByAManagerOfAnotherAssociation_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var stranger = programme.ManagerOf(new Domain.Organisations.Organisation { Name = "Autre" });

        var outcome = await new DeleteProgrammeItem(database.Contexts, new ProgrammeChangeFeed()).WorksiteAsync(programme.Worksite.Id, stranger);

        Assert.False(outcome.Deleted);
        await using var db = database.CreateContext();
        Assert.True(await db.Worksites.AnyAsync(w => w.Id == programme.Worksite.Id));
    }
}
