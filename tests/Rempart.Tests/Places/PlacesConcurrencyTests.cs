using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Places;

/// <summary>
/// The last place, asked for by many people at the same moment, is given once, on both databases;
/// and the same race without the guard overbooks, so these tests prove the guard does the work.
/// </summary>
public sealed class PlacesConcurrencyTests
{
    private const int Parallel = 50;
    private const int Rounds = 3;

    [Theory, DatabaseData]
    public async Task TheLastPlaceOfTheOpenPool_GoesToExactlyOneOfFiftyParallelRequests(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        for (var round = 0; round < Rounds; round++)
        {
            var session = await places.SessionAsync(capacity: 10);
            var earlier = await places.VolunteersAsync(9);
            foreach (var volunteer in earlier)
                Assert.True((await places.Hold().ExecuteAsync(session.Id, volunteer.Id, null, PlacesFixture.Staff, confirm: true)).Succeeded);

            var outcomes = await RaceAsync(places.Hold(), session.Id, null, await places.VolunteersAsync(Parallel));

            Assert.Equal(1, outcomes.Count(o => o.Succeeded));
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(HoldRefusal.SessionFull, o.Refusal));
            Assert.Equal(10, await places.TakenAsync(session));
        }
    }

    [Theory, DatabaseData]
    public async Task TheLastPlaceOfAnAllocation_GoesToExactlyOne_AndTheOpenPoolIsUntouched(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var manager = TestActors.Holding(places.Programme.Association.Id, ProfileKind.AssociationManager);
        for (var round = 0; round < Rounds; round++)
        {
            var session = await places.SessionAsync(capacity: 12);
            var allocation = await places.AllocateAsync(session, size: 3);
            foreach (var volunteer in await places.VolunteersAsync(2))
                Assert.True((await places.Hold().ExecuteAsync(session.Id, volunteer.Id, allocation.Id, manager, confirm: true)).Succeeded);

            var outcomes = await RaceAsync(places.Hold(), session.Id, allocation.Id, await places.VolunteersAsync(Parallel), manager);

            Assert.Equal(1, outcomes.Count(o => o.Succeeded));
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(HoldRefusal.AllocationFull, o.Refusal));
            Assert.Equal(3, await places.TakenAsync(session));
        }
    }

    [Theory, DatabaseData]
    public async Task WithoutTheGuard_TheSameRaceOverbooks(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var overbooked = 0;
        // Up to ten rounds: on a loaded machine a single round may happen to run one request at a time.
        for (var round = 0; round < 10 && overbooked == 0; round++)
        {
            var session = await places.SessionAsync(capacity: 1);
            var outcomes = await RaceAsync(places.Hold(guarded: false), session.Id, null, await places.VolunteersAsync(Parallel));
            overbooked = Math.Max(overbooked, outcomes.Count(o => o.Succeeded) - 1);
        }
        // Control run: if this ever fails, the race tests above prove nothing on this machine.
        Assert.True(overbooked > 0, "Without the guard no place was sold twice: the race tests would not detect a missing guard.");
    }

    private static async Task<HoldOutcome[]> RaceAsync(HoldPlace hold, Guid sessionId, Guid? allocationId, IEnumerable<Domain.Volunteers.Volunteer> volunteers, Actor? actor = null)
    {
        using var start = new ManualResetEventSlim();
        var tasks = volunteers.Select(v => Task.Run(async () =>
        {
            start.Wait();
            return await hold.ExecuteAsync(sessionId, v.Id, allocationId, actor ?? PlacesFixture.Staff);
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }
}
