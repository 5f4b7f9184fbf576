using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Rempart.Data.Database;
using Rempart.Data.DemoData;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
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

    [Fact]
    public async Task Seed_FillsPartOfEachSession_NeverBeyondItsAllocationsOrCapacity_WithVolunteersOfTheRightAge()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await new SeedDemoData(database.Contexts, NullLogger<SeedDemoData>.Instance).ExecuteAsync(2026, CancellationToken.None);

        await using var db = database.CreateContext();
        var sessions = await db.Sessions.ToDictionaryAsync(s => s.Id);
        var volunteers = await db.Volunteers.ToDictionaryAsync(v => v.Id);
        var allocations = await db.Allocations.ToListAsync();
        var registrations = await db.Registrations.ToListAsync();
        Assert.InRange(registrations.Count, SeedDemoData.Sessions, SeedDemoData.Sessions * 20);
        foreach (var session in sessions.Values)
        {
            var mine = allocations.Where(a => a.SessionId == session.Id).ToList();
            var uses = mine.Select(a => new AllocationUse(a.Id, a.Size, registrations.Count(r => r.AllocationId == a.Id))).ToList();
            var openUsed = registrations.Count(r => r.SessionId == session.Id && r.AllocationId == null);
            Assert.All(uses, u => Assert.InRange(u.Used, 0, u.Size));
            Assert.Empty(PlaceRules.ValidateAllocations(session.Capacity, uses, openUsed));
        }
        Assert.All(registrations, r => Assert.True(PlaceRules.AgeAllowed(volunteers[r.VolunteerId].BirthDate,
            sessions[r.SessionId].StartDate, sessions[r.SessionId].MinimumAge, sessions[r.SessionId].MaximumAge)));
        Assert.Equal(registrations.Count, registrations.Select(r => (r.SessionId, r.VolunteerId)).Distinct().Count());
    }

    private static async Task<(int, int, int, int, int)> CountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.MemberAssociation), await db.Sites.CountAsync(),
            await db.Worksites.CountAsync(), await db.Sessions.CountAsync(), await db.Volunteers.CountAsync());
    }

}
