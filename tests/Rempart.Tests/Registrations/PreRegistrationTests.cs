using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;

namespace Rempart.Tests.Registrations;

/// <summary>Pre-registrations on a real database: what they create, and what they refuse leaving nothing behind.</summary>
public sealed class PreRegistrationTests
{
    [Theory, DatabaseData]
    public async Task APreRegistration_WaitsForReview_WithoutTakingAPlace_AndItsHistoryStartsFromNothing(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 2);

        var outcome = await Create(places).ExecuteAsync(Request(session, Form("Inès")));

        Assert.True(outcome.Succeeded);
        Assert.Equal(RegistrationStage.UnderReview, outcome.Stage);
        Assert.Equal(0, await places.TakenAsync(session));
        await using var db = places.Database.CreateContext();
        var registration = await db.Registrations.SingleAsync(r => r.Id == outcome.RegistrationId);
        Assert.Equal(RegistrationStatus.Requested, registration.Status);
        var history = await db.RegistrationHistory.Where(h => h.RegistrationId == registration.Id).OrderBy(h => h.To).ToListAsync();
        Assert.Equal([(null, RegistrationStage.PreRegistered), (RegistrationStage.PreRegistered, RegistrationStage.UnderReview)],
            history.OrderBy(h => h.From.HasValue).Select(h => (h.From, h.To)).ToList());
        var volunteer = await db.Volunteers.SingleAsync(v => v.Id == registration.VolunteerId);
        Assert.Equal(("Inès", "06 12 34 56 78"), (volunteer.FirstName, volunteer.Phone));
    }

    [Theory, DatabaseData]
    public async Task TheSameRequestSentTwice_AtOnce_MakesOneRegistrationAndOneVolunteer(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 5);
        var form = Form("Jules");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Create(places).ExecuteAsync(Request(session, form)))));

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        Assert.Single(outcomes.Select(o => o.RegistrationId).Distinct());
        Assert.Equal(3, outcomes.Count(o => o.AlreadyExisted));
        await using var db = places.Database.CreateContext();
        Assert.Equal(1, await db.Registrations.CountAsync(r => r.SessionId == session.Id));
        Assert.Equal(1, await db.Volunteers.CountAsync(v => v.Email == form.Email));
    }

    [Theory, DatabaseData]
    public async Task ASessionThatAcceptsAutomatically_AcceptsAndKeepsAPlace_UntilItIsFull(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 1);
        await using (var db = places.Database.CreateContext())
        {
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.AcceptAutomatically, true));
        }

        var first = await Create(places).ExecuteAsync(Request(session, Form("Anna")));
        var second = await Create(places).ExecuteAsync(Request(session, Form("Boris")));

        Assert.Equal(RegistrationStage.Accepted, first.Stage);
        Assert.Equal(1, await places.TakenAsync(session));
        Assert.False(second.Succeeded);
        Assert.True(second.Full);
        Assert.Contains("complète", second.Errors[""]);
        await using var check = places.Database.CreateContext();
        Assert.False(await check.Volunteers.AnyAsync(v => v.FirstName == "Boris"));
    }

    [Theory, DatabaseData]
    public async Task OnAFullSession_AVisitorMayJoinTheWaitingList_Once_AndTheFreedPlaceIsOfferedToThem(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 1);
        var taken = await Create(places).ExecuteAsync(Request(session, Form("Anna")));
        Assert.Null((await places.ChangeStage().ExecuteAsync(taken.RegistrationId!.Value, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal);
        var waiting = Form("Boris");
        waiting.JoinWaitingList = true;

        var first = await Create(places).ExecuteAsync(Request(session, waiting));
        var again = await Create(places).ExecuteAsync(Request(session, waiting));

        Assert.Equal((1, false), (first.WaitingPosition, first.AlreadyExisted));
        Assert.Equal((1, true), (again.WaitingPosition, again.AlreadyExisted));
        Assert.Null(first.RegistrationId);
        Assert.Null((await places.ChangeStage().ExecuteAsync(taken.RegistrationId.Value, RegistrationStage.CancelledByStaff, PlacesFixture.Staff, "Désistement")).Refusal);
        var offer = Assert.Single(await places.Offer().ExecuteAsync());
        Assert.Equal(waiting.Email, offer.Email);
    }

    [Theory, DatabaseData]
    public async Task WrongAge_ClosedSession_AndPastSession_AreRefused_WithTheirReason(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 5, minimumAge: 18);
        var young = Form("Lou");
        young.BirthDate = session.StartDate.AddYears(-16);

        var tooYoung = await Create(places).ExecuteAsync(Request(session, young));
        Assert.Contains("à partir de 18 ans", tooYoung.Errors["BirthDate"]);

        await using (var db = places.Database.CreateContext())
        {
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Draft));
        }
        var closed = await Create(places).ExecuteAsync(Request(session, Form("Max")));
        Assert.Equal("Les inscriptions à cette session ne sont pas ouvertes.", closed.Errors[""]);
        await using var check = places.Database.CreateContext();
        Assert.False(await check.Registrations.AnyAsync(r => r.SessionId == session.Id));
    }

    [Fact]
    public void TheFormsRules_NameEachFieldInError()
    {
        var today = new DateOnly(2026, 11, 22);
        var form = new PreRegistrationForm { FirstName = "", LastName = "Durand", Email = "pas-une-adresse", Phone = "abc", BirthDate = today.AddDays(1), ForSomeoneElse = true };

        var errors = PreRegistrationRules.Validate(form, today, registrantKnown: false);

        Assert.Equal(["AcceptsDataUse", "BirthDate", "Email", "FirstName", "Phone", "RegistrantEmail", "RegistrantFirstName", "RegistrantLastName"], errors.Keys.Order());
        Assert.DoesNotContain("RegistrantEmail", PreRegistrationRules.Validate(form, today, registrantKnown: true).Keys);
    }

    internal static CreatePreRegistration Create(PlacesFixture places) => new(places.Database.Contexts, places.Clock, places.Feed);

    internal static PreRegistrationRequest Request(Session session, PreRegistrationForm form, Guid? registrant = null) =>
        new(session.Id, form, null, registrant, "Le volontaire");

    internal static PreRegistrationForm Form(string firstName) => new()
    {
        FirstName = firstName, LastName = "Durand", Email = $"{firstName.ToLowerInvariant()}-{Guid.NewGuid():N}@test.rempart.local",
        Phone = "06 12 34 56 78", BirthDate = new DateOnly(2000, 3, 3), AcceptsDataUse = true,
    };
}
