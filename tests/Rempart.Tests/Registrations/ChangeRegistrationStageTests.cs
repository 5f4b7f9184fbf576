using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;

namespace Rempart.Tests.Registrations;

/// <summary>Moving registrations on a real database: who may, what it does to places, what is kept.</summary>
public sealed class ChangeRegistrationStageTests
{
    [Theory, DatabaseData]
    public async Task TheOrganisingAssociation_AcceptsARequest_WhichThenTakesAPlace_AndTheHistorySaysWho(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 3);
        var request = await PreRegistrationTests.Create(places).ExecuteAsync(PreRegistrationTests.Request(session, PreRegistrationTests.Form("Nour")));
        var manager = places.Programme.ManagerOf(places.Programme.Association);

        var (move, refusal) = await places.ChangeStage().ExecuteAsync(request.RegistrationId!.Value, RegistrationStage.Accepted, manager);

        Assert.Null(refusal);
        Assert.Equal((RegistrationStage.UnderReview, RegistrationStage.Accepted), (move!.From, move.To));
        Assert.Equal(1, await places.TakenAsync(session));
        await using var db = places.Database.CreateContext();
        var last = await db.RegistrationHistory.Where(h => h.RegistrationId == move.RegistrationId).OrderByDescending(h => h.At).ThenBy(h => h.From == null).FirstAsync();
        Assert.Equal((RegistrationStage.Accepted, manager.UserId), (last.To, last.ByUserId));
    }

    [Theory, DatabaseData]
    public async Task AnotherAssociation_AVolunteerOfSomeoneElse_AndStaffWithoutThePermission_AreRefused_AndNothingChanges(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 3);
        var request = await PreRegistrationTests.Create(places).ExecuteAsync(PreRegistrationTests.Request(session, PreRegistrationTests.Form("Noé")));
        var id = request.RegistrationId!.Value;
        var other = TestActors.Holding(Guid.NewGuid(), "Autre", Guid.NewGuid(), ProfileKind.AssociationManager);
        var stranger = TestActors.Holding(Guid.NewGuid(), "Inconnu", null, ProfileKind.Volunteer);
        var readOnlyStaff = new Actor(Guid.NewGuid(), "Stagiaire", new HashSet<ProfileKind> { ProfileKind.Staff }, null);

        Assert.Equal("Cette inscription n'existe pas.", (await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Accepted, other)).Refusal);
        Assert.Equal("Cette inscription n'existe pas.", (await places.ChangeStage().ExecuteAsync(id, RegistrationStage.CancelledByVolunteer, stranger)).Refusal);
        Assert.Equal("Vous ne pouvez pas modifier cette inscription.", (await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Accepted, readOnlyStaff)).Refusal);

        await using var db = places.Database.CreateContext();
        Assert.Equal(RegistrationStage.UnderReview, (await db.Registrations.SingleAsync(r => r.Id == id)).Stage);
        Assert.Equal(2, await db.RegistrationHistory.CountAsync(h => h.RegistrationId == id));
    }

    [Theory, DatabaseData]
    public async Task Refusing_NeedsAReason_AndAcceptingBeyondCapacity_SaysTheSessionIsFull(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 1);
        var create = PreRegistrationTests.Create(places);
        var first = (await create.ExecuteAsync(PreRegistrationTests.Request(session, PreRegistrationTests.Form("Ada")))).RegistrationId!.Value;
        var second = (await create.ExecuteAsync(PreRegistrationTests.Request(session, PreRegistrationTests.Form("Bea")))).RegistrationId!.Value;

        Assert.Equal("Indiquez le motif : il sera envoyé au volontaire.", (await places.ChangeStage().ExecuteAsync(second, RegistrationStage.Refused, PlacesFixture.Staff, "  ")).Refusal);
        Assert.Null((await places.ChangeStage().ExecuteAsync(first, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal);
        var full = (await places.ChangeStage().ExecuteAsync(second, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal;
        Assert.StartsWith("Il n'y a plus de place libre dans cette session.", full);
        Assert.Null((await places.ChangeStage().ExecuteAsync(second, RegistrationStage.Refused, PlacesFixture.Staff, "Session complète")).Refusal);
        Assert.Equal(1, await places.TakenAsync(session));
    }

    [Theory, DatabaseData]
    public async Task TheVolunteerCancels_TheirAcceptedRegistration_AndThePlaceIsFreeAgain(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 1);
        var volunteer = TestActors.Holding(Guid.NewGuid(), "Zoé", null, ProfileKind.Volunteer);
        var id = (await PreRegistrationTests.Create(places).ExecuteAsync(PreRegistrationTests.Request(session, PreRegistrationTests.Form("Zoé"), volunteer.UserId))).RegistrationId!.Value;
        Assert.Null((await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal);

        Assert.Contains("Le volontaire ne peut pas", (await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Confirmed, volunteer)).Refusal);
        Assert.Null((await places.ChangeStage().ExecuteAsync(id, RegistrationStage.CancelledByVolunteer, volunteer)).Refusal);

        Assert.Equal(0, await places.TakenAsync(session));
        await using var db = places.Database.CreateContext();
        Assert.Equal(RegistrationStatus.Cancelled, (await db.Registrations.SingleAsync(r => r.Id == id)).Status);
        Assert.Contains(await db.SessionEvents.Where(e => e.SessionId == session.Id).Select(e => e.Text).ToListAsync(), t => t.Contains("annulée par le volontaire"));
    }

    [Theory, DatabaseData]
    public async Task StaffCannotConfirm_AnAcceptedRegistration_BeforeItsFileIsComplete(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 2);
        var id = (await PreRegistrationTests.Create(places).ExecuteAsync(PreRegistrationTests.Request(session, PreRegistrationTests.Form("Eva")))).RegistrationId!.Value;

        Assert.Contains("ne peut pas passer", (await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Confirmed, PlacesFixture.Staff)).Refusal);
        Assert.Null((await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal);
        Assert.StartsWith("Des documents demandés manquent", (await places.ChangeStage().ExecuteAsync(id, RegistrationStage.Confirmed, PlacesFixture.Staff)).Refusal);
        Assert.Equal(1, await places.TakenAsync(session));
    }
}
