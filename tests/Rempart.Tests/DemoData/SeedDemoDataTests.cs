using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Rempart.Data.Database;
using Rempart.Data.DemoData;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.DemoData;

public sealed class SeedDemoDataTests
{
    [Theory, DatabaseData]
    public async Task Seed_OnAnEmptyDatabase_CreatesAFederationAtTheUnionsSize_AndSeedingTwiceChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext()) await db.Database.MigrateAsync();
        var seed = new SeedDemoData(database.Contexts, NullLogger<SeedDemoData>.Instance);

        Assert.True(await seed.ExecuteAsync(2026, CancellationToken.None));
        var first = await CountAsync(database);
        Assert.False(await seed.ExecuteAsync(2026, CancellationToken.None));
        var second = await CountAsync(database);

        Assert.Equal((SeedDemoData.Associations, SeedDemoData.Sites, SeedDemoData.Worksites, SeedDemoData.Sessions, SeedDemoData.Volunteers), first);
        Assert.Equal(first, second);
    }

    [Theory, DatabaseData]
    public async Task Seed_CreatesSessionsOverTwoSeasons_ThatPassTheSessionRulesAndTheDateControl(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext()) await db.Database.MigrateAsync();
        await new SeedDemoData(database.Contexts, NullLogger<SeedDemoData>.Instance).ExecuteAsync(2026, CancellationToken.None);

        await using var check = database.CreateContext();
        var sessions = await check.Sessions.Include(s => s.Leaders).ToListAsync();
        Assert.Equal([2026, 2027], sessions.Select(s => s.Season).Distinct().Order());
        Assert.All(sessions, s => Assert.Empty(SessionRules.Validate(s)));
        var scheduled = sessions.Select(s => new ScheduledSession(s.Id, s.WorksiteId, "", s.StartDate, s.EndDate, s.Leaders.Select(l => l.LeaderId).ToList())).ToList();
        Assert.All(scheduled, s => Assert.Empty(SessionSchedule.ConflictsOf(s, scheduled, new Dictionary<Guid, string>())));
        var sites = await check.Sites.ToListAsync();
        Assert.All(sites, s => Assert.InRange(s.Latitude!.Value, 41.0, 51.5));
        Assert.Contains(sites, s => s.Country != "France");
    }

    private static async Task<(int, int, int, int, int)> CountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.MemberAssociation), await db.Sites.CountAsync(),
            await db.Worksites.CountAsync(), await db.Sessions.CountAsync(), await db.Volunteers.CountAsync());
    }

}
