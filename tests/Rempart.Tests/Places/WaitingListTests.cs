using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Places;

public sealed class WaitingListTests
{
    [Theory, DatabaseData]
    public async Task AFreedPlace_IsOfferedInOrder_For48Hours_ThenToTheNextPerson_WhoAcceptsIt(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 1);
        var (first, second, third) = ((await places.VolunteersAsync(1))[0], (await places.VolunteersAsync(1))[0], (await places.VolunteersAsync(1))[0]);

        Assert.Equal("Il reste des places : inscrivez directement le volontaire.", await places.Join().ExecuteAsync(session.Id, second.Id, null, PlacesFixture.Staff));
        var registration = (await places.Hold().ExecuteAsync(session.Id, first.Id, null, PlacesFixture.Staff, confirm: true)).Registration!;
        Assert.Null(await places.Join().ExecuteAsync(session.Id, second.Id, null, PlacesFixture.Staff));
        Assert.Null(await places.Join().ExecuteAsync(session.Id, third.Id, null, PlacesFixture.Staff));
        Assert.Equal("Ce volontaire est déjà sur la liste d'attente de cette session.", await places.Join().ExecuteAsync(session.Id, third.Id, null, PlacesFixture.Staff));
        Assert.Empty(await places.Offer().ExecuteAsync());

        Assert.Null((await places.ChangeStage().ExecuteAsync(registration.Id, RegistrationStage.CancelledByStaff, PlacesFixture.Staff, "désistement")).Refusal);
        var offer = Assert.Single(await places.Offer().ExecuteAsync());
        Assert.Equal(second.Email, offer.Email);
        Assert.Equal(1, await places.TakenAsync(session));
        Assert.Empty(await places.Offer().ExecuteAsync());

        places.Clock.Advance(TimeSpan.FromHours(47));
        Assert.Empty(await places.Offer().ExecuteAsync());
        Assert.NotNull(await places.Answer().ShowAsync(offer.EntryId, offer.Token));
        places.Clock.Advance(TimeSpan.FromHours(2));
        var next = Assert.Single(await places.Offer().ExecuteAsync());

        Assert.Equal(third.Email, next.Email);
        Assert.Equal(OfferAnswer.NoLongerValid, await places.Answer().ExecuteAsync(offer.EntryId, offer.Token, accept: true));
        Assert.Equal(OfferAnswer.NoLongerValid, await places.Answer().ExecuteAsync(next.EntryId, "pas-le-bon-code", accept: true));
        Assert.Equal(OfferAnswer.Accepted, await places.Answer().ExecuteAsync(next.EntryId, next.Token, accept: true));
        Assert.Equal(OfferAnswer.NoLongerValid, await places.Answer().ExecuteAsync(next.EntryId, next.Token, accept: false));
        await using var db = places.Database.CreateContext();
        var confirmed = await db.Registrations.SingleAsync(r => r.SessionId == session.Id && r.Status == RegistrationStatus.Confirmed);
        Assert.Equal(third.Id, confirmed.VolunteerId);
        Assert.Equal(1, await places.TakenAsync(session));
    }

    [Fact]
    public async Task Staff_MoveOrPassOverSomeone_OnlyWithAReason_KeptInTheHistory()
    {
        await using var places = await PlacesFixture.CreateAsync(DatabaseProvider.Sqlite);
        var session = await places.SessionAsync(capacity: 1);
        var volunteers = await places.VolunteersAsync(3);
        await places.Hold().ExecuteAsync(session.Id, volunteers[0].Id, null, PlacesFixture.Staff, confirm: true);
        await places.Join().ExecuteAsync(session.Id, volunteers[1].Id, null, PlacesFixture.Staff);
        await places.Join().ExecuteAsync(session.Id, volunteers[2].Id, null, PlacesFixture.Staff);
        var reorder = new ReorderWaitingList(places.Database.Contexts, places.Clock);
        await using var db = places.Database.CreateContext();
        var last = await db.WaitingList.SingleAsync(e => e.VolunteerId == volunteers[2].Id);

        Assert.Equal("Indiquez le motif : il est gardé dans l'historique de la session.", await reorder.ExecuteAsync(last.Id, -1, " ", PlacesFixture.Staff));
        Assert.Null(await reorder.ExecuteAsync(last.Id, -1, "mineur accompagné de son frère déjà inscrit", PlacesFixture.Staff));
        Assert.Equal("Cette personne est déjà la première.", await reorder.ExecuteAsync(last.Id, -1, "encore", PlacesFixture.Staff));
        Assert.Null(await reorder.ExecuteAsync(last.Id, 0, "a trouvé une autre session", PlacesFixture.Staff));

        await using var check = places.Database.CreateContext();
        var history = await check.SessionEvents.Where(e => e.SessionId == session.Id).Select(e => e.Text).ToListAsync();
        Assert.Contains(history, t => t.EndsWith("monte dans la liste d'attente : mineur accompagné de son frère déjà inscrit", StringComparison.Ordinal));
        Assert.Contains(history, t => t.EndsWith("est passé(e) sur la liste d'attente : a trouvé une autre session", StringComparison.Ordinal));
        Assert.Equal(WaitingStatus.Skipped, (await check.WaitingList.SingleAsync(e => e.Id == last.Id)).Status);
    }
}
