using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Places;

public sealed class HoldPlaceTests
{
    [Theory, DatabaseData]
    public async Task AHold_KeepsThePlaceThirtyMinutes_ThenItIsFreeAgain_AndALateConfirmationCannotOverbook(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 1);
        var (first, second) = (await places.VolunteersAsync(1), await places.VolunteersAsync(1));

        var held = await places.Hold().ExecuteAsync(session.Id, first[0].Id, null, PlacesFixture.Staff);
        places.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HoldRefusal.SessionFull, (await places.Hold().ExecuteAsync(session.Id, second[0].Id, null, PlacesFixture.Staff)).Refusal);
        places.Clock.Advance(TimeSpan.FromMinutes(2));
        var taken = await places.Hold().ExecuteAsync(session.Id, second[0].Id, null, PlacesFixture.Staff);

        Assert.True(taken.Succeeded);
        Assert.Equal(HoldRefusal.SessionFull, await places.Confirm().ExecuteAsync(held.Registration!.Id));
        Assert.Null(await places.Confirm().ExecuteAsync(taken.Registration!.Id));
        Assert.Null(await places.Confirm().ExecuteAsync(taken.Registration!.Id));
        Assert.Equal(1, await places.TakenAsync(session));
    }

    [Fact]
    public async Task AnExpiredHold_IsStillConfirmed_WhenItsPlaceIsFree()
    {
        await using var places = await PlacesFixture.CreateAsync(DatabaseProvider.Sqlite);
        var session = await places.SessionAsync(capacity: 2);
        var volunteer = (await places.VolunteersAsync(1))[0];
        var held = await places.Hold().ExecuteAsync(session.Id, volunteer.Id, null, PlacesFixture.Staff);

        places.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Null(await places.Confirm().ExecuteAsync(held.Registration!.Id));
        Assert.Equal(1, await places.TakenAsync(session));
    }

    [Fact]
    public async Task BadRequests_AreRefusedWithTheirReason_AndTakeNothing()
    {
        await using var places = await PlacesFixture.CreateAsync(DatabaseProvider.Sqlite);
        var session = await places.SessionAsync(capacity: 5, minimumAge: 18);
        var allocation = await places.AllocateAsync(session, 2);
        var child = (await places.VolunteersAsync(1, birthDate: new DateOnly(2012, 1, 1)))[0];
        var adult = (await places.VolunteersAsync(1))[0];
        var otherManager = TestActors.Holding(Guid.NewGuid(), ProfileKind.AssociationManager);

        Assert.Equal(HoldRefusal.AgeOutOfRange, (await places.Hold().ExecuteAsync(session.Id, child.Id, null, PlacesFixture.Staff)).Refusal);
        Assert.Equal(HoldRefusal.NotAllowed, (await places.Hold().ExecuteAsync(session.Id, adult.Id, allocation.Id, otherManager)).Refusal);
        Assert.True((await places.Hold().ExecuteAsync(session.Id, adult.Id, null, PlacesFixture.Staff)).Succeeded);
        Assert.Equal(HoldRefusal.AlreadyRegistered, (await places.Hold().ExecuteAsync(session.Id, adult.Id, allocation.Id, PlacesFixture.Staff)).Refusal);
        Assert.Equal(1, await places.TakenAsync(session));
    }
}
