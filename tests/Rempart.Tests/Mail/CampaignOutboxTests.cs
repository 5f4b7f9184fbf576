using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Mail;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Mail;

/// <summary>The campaigns' outbox on a real database: who is reached, everything written at once, retries, and what a crash leaves.</summary>
public sealed class CampaignOutboxTests
{
    private const string Body = "<p>Bonjour {{volontaire.prenom}}, la saison commence !</p>";

    [Theory, DatabaseData]
    public async Task AManager_ReachesOnlyTheirAssociationsVolunteers_OncePerAddress_AtTheChosenStages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (ours, theirs) = (await ProgrammeFixtures.CreateAsync(database), await ProgrammeFixtures.CreateAsync(database));
        var mine = await RegisterAsync(database, ours, "2027-07-05", ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.UnderReview), ("Alix", RegistrationStage.Confirmed));
        await RegisterAsync(database, theirs, "2027-07-05", ("Chloé", RegistrationStage.Confirmed));
        var find = new FindCampaignAudience(database.Contexts);

        var manager = TestActors.Holding(ours.Association.Id, ProfileKind.AssociationManager);
        // Asking for the other association changes nothing: a manager's reach is their own.
        var found = (await find.ExecuteAsync(new CampaignAudience(AssociationId: theirs.Association.Id), manager))!;
        Assert.Equal(2, found.Count);
        Assert.All(found.All, m => Assert.EndsWith(mine, m.Email, StringComparison.Ordinal));
        Assert.Single((await find.ExecuteAsync(new CampaignAudience(Stages: [RegistrationStage.Confirmed]), manager))!.All);
        Assert.Equal(0, (await find.ExecuteAsync(new CampaignAudience(Season: 2026), manager))!.Count);
        // Someone else's session (or one that does not exist) reaches nobody.
        var theirSession = await TheOnlySessionAsync(database, theirs);
        Assert.Equal(0, (await find.ExecuteAsync(new CampaignAudience(SessionIds: [theirSession]), manager))!.Count);
        Assert.Equal(2, (await find.ExecuteAsync(new CampaignAudience(SessionIds: [await TheOnlySessionAsync(database, ours)]), manager))!.Count);

        var staff = TestActors.Holding(null, ProfileKind.Staff);
        Assert.Equal(3, (await find.ExecuteAsync(new CampaignAudience(Season: 2027), staff))!.All.Count(m => m.Email.Contains("@camp-", StringComparison.Ordinal)));
        Assert.Null(await find.ExecuteAsync(new CampaignAudience(), TestActors.Holding(null, ProfileKind.Partner)));
    }

    [Theory, DatabaseData]
    public async Task TheProfileFilter_ReachesVolunteersByTheirPricingCategory(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var domain = await RegisterAsync(database, programme, "2027-07-05", ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.Confirmed), ("Chloé", RegistrationStage.Confirmed));
        await using (var db = database.CreateContext())
        {
            // Bea lives in Italy; Chloé takes a place a social structure holds.
            (await db.Volunteers.SingleAsync(v => v.Email == $"bea{domain}")).Country = "Italie";
            var structure = new Domain.Organisations.Organisation { Name = $"Structure {Guid.NewGuid():N}", Kind = Domain.Organisations.OrganisationKind.SocialStructure };
            var chloe = await db.Volunteers.SingleAsync(v => v.Email == $"chloé{domain}");
            var registration = await db.Registrations.SingleAsync(r => r.VolunteerId == chloe.Id);
            var allocation = new Allocation { SessionId = registration.SessionId, OrganisationId = structure.Id, Size = 2 };
            db.Organisations.Add(structure);
            db.Allocations.Add(allocation);
            registration.AllocationId = allocation.Id;
            await db.SaveChangesAsync();
        }
        var find = new FindCampaignAudience(database.Contexts);
        var manager = TestActors.Holding(programme.Association.Id, ProfileKind.AssociationManager);

        async Task<IEnumerable<string>> Reached(params Domain.Pricing.VolunteerCategory[] categories) =>
            (await find.ExecuteAsync(new CampaignAudience(Categories: categories), manager))!.All.Select(m => m.FirstName).Order(StringComparer.Ordinal);

        Assert.Equal(["Alix", "Bea", "Chloé"], await Reached());
        Assert.Equal(["Alix"], await Reached(Domain.Pricing.VolunteerCategory.Individual));
        Assert.Equal(["Bea"], await Reached(Domain.Pricing.VolunteerCategory.InternationalVolunteer));
        Assert.Equal(["Bea", "Chloé"], await Reached(Domain.Pricing.VolunteerCategory.InternationalVolunteer, Domain.Pricing.VolunteerCategory.SocialStructure));
        Assert.Empty(await Reached(Domain.Pricing.VolunteerCategory.MemberAssociation));
    }

    [Theory, DatabaseData]
    public async Task ACampaign_IsWrittenWithAllItsRecipientsAtOnce_SkipsTheUnsubscribed_AndRetriesThenFails(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var domain = await RegisterAsync(database, programme, "2027-08-02", ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.Confirmed), ("Chloé", RegistrationStage.Confirmed));
        var clock = new ManualClock();
        await new Unsubscriptions(database.Contexts, clock).AddAsync($"BEA{domain}".ToUpperInvariant());
        var outbox = new CampaignOutbox(database.Contexts, new FindCampaignAudience(database.Contexts), clock);
        var staff = TestActors.Holding(null, ProfileKind.Staff);
        var audience = new CampaignAudience(AssociationId: programme.Association.Id);

        var (refused, errors) = await outbox.StartAsync(new CampaignDraft("Rentrée", "Bonjour", "<p>{{volontaire.surnom}}</p>", audience, "Tous", null), "<p>{{volontaire.surnom}}</p>", staff);
        Assert.Null(refused);
        Assert.Contains("volontaire.surnom", errors["Body"], StringComparison.Ordinal);
        await using (var db = database.CreateContext()) Assert.Equal(0, await db.Campaigns.CountAsync());

        var (campaign, none) = await outbox.StartAsync(new CampaignDraft("Rentrée", "La saison {{union.nom}}", Body, audience, "Tous", null), Body, staff);
        Assert.Empty(none);
        await using (var db = database.CreateContext())
        {
            var recipients = await db.CampaignRecipients.Where(r => r.CampaignId == campaign!.Id).ToListAsync();
            Assert.Equal(3, recipients.Count);
            Assert.Equal(RecipientStatus.Skipped, recipients.Single(r => r.FirstName == "Bea").Status);
        }

        var first = (await outbox.ClaimAsync())!;
        await outbox.SentAsync(first.RecipientId);
        var second = (await outbox.ClaimAsync())!;
        Assert.NotEqual(first.Email, second.Email);
        await outbox.RefusedAsync(second.RecipientId, "550 boîte inconnue");
        // Not due again before its delay.
        Assert.Null(await outbox.ClaimAsync());
        foreach (var minutes in new[] { 1, 5, 30 })
        {
            clock.Advance(TimeSpan.FromMinutes(minutes));
            var again = (await outbox.ClaimAsync())!;
            Assert.Equal(second.RecipientId, again.RecipientId);
            await outbox.RefusedAsync(again.RecipientId, "550 boîte inconnue");
        }
        await using var check = database.CreateContext();
        var failed = await check.CampaignRecipients.SingleAsync(r => r.Id == second.RecipientId);
        Assert.Equal((RecipientStatus.Failed, CampaignRules.MaximumAttempts, "550 boîte inconnue"), (failed.Status, failed.Attempts, failed.Error));
        Assert.Equal(CampaignStatus.Sent, (await check.Campaigns.SingleAsync(c => c.Id == campaign!.Id)).Status);
    }

    [Theory, DatabaseData]
    public async Task AMessageBeingSentWhenTheServerStopped_IsMarkedInterrupted_AndNeverTakenAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        await RegisterAsync(database, programme, "2027-08-02", ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.Confirmed));
        var outbox = new CampaignOutbox(database.Contexts, new FindCampaignAudience(database.Contexts), TimeProvider.System);
        var (campaign, _) = await outbox.StartAsync(new CampaignDraft("Rentrée", "Bonjour", Body, new CampaignAudience(AssociationId: programme.Association.Id), "Tous", null), Body, TestActors.Holding(null, ProfileKind.Staff));

        var cut = (await outbox.ClaimAsync())!;
        // The server dies here; the next run starts by looking at what was left.
        Assert.Equal(1, await outbox.RecoverAsync());
        var other = (await outbox.ClaimAsync())!;
        Assert.NotEqual(cut.RecipientId, other.RecipientId);
        await outbox.SentAsync(other.RecipientId);
        Assert.Null(await outbox.ClaimAsync());
        await using var db = database.CreateContext();
        Assert.Equal(RecipientStatus.Interrupted, (await db.CampaignRecipients.SingleAsync(r => r.Id == cut.RecipientId)).Status);
        Assert.Equal(CampaignStatus.Sent, (await db.Campaigns.SingleAsync(c => c.Id == campaign!.Id)).Status);
    }

    [Theory, DatabaseData]
    public async Task ACancelledCampaign_SendsNothingMore_AndAnInterruptedMessage_IsSentAgainOnlyWhenSomeoneAsks(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        await RegisterAsync(database, programme, "2027-08-02", ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.Confirmed), ("Chloé", RegistrationStage.Confirmed));
        var outbox = new CampaignOutbox(database.Contexts, new FindCampaignAudience(database.Contexts), TimeProvider.System);
        var manager = TestActors.Holding(programme.Association.Id, ProfileKind.AssociationManager);
        var draft = new CampaignDraft("Rentrée", "Bonjour", Body, new CampaignAudience(), "Tous", null);

        var (first, _) = await outbox.StartAsync(draft, Body, manager);
        var cut = (await outbox.ClaimAsync())!;
        await outbox.RecoverAsync();
        Assert.Equal("Cette campagne n'existe pas.", await outbox.CancelAsync(first!.Id, TestActors.Holding(Guid.NewGuid(), ProfileKind.AssociationManager)));
        Assert.Null(await outbox.CancelAsync(first.Id, manager));
        Assert.Null(await outbox.ClaimAsync());
        Assert.Equal("Cette campagne a été annulée.", await outbox.RetryAsync(cut.RecipientId, manager));

        var (second, _) = await outbox.StartAsync(draft, Body, manager);
        var again = (await outbox.ClaimAsync())!;
        Assert.Equal(second!.Id, again.CampaignId);
        await outbox.RecoverAsync();
        Assert.Equal("Ce message n'est pas à renvoyer.", await outbox.RetryAsync((await outbox.ClaimAsync())!.RecipientId, manager));
        Assert.Null(await outbox.RetryAsync(again.RecipientId, manager));
        await using var db = database.CreateContext();
        Assert.Equal(RecipientStatus.Pending, (await db.CampaignRecipients.SingleAsync(r => r.Id == again.RecipientId)).Status);
        Assert.Equal(2, await db.CampaignRecipients.CountAsync(r => r.CampaignId == first.Id && r.Status == RecipientStatus.Skipped));
        Assert.Equal(CampaignStatus.Cancelled, (await db.Campaigns.SingleAsync(c => c.Id == first.Id)).Status);
    }

    private static async Task<Guid> TheOnlySessionAsync(TestDatabase database, ProgrammeFixtures programme)
    {
        await using var db = database.CreateContext();
        return await db.Sessions.Where(s => s.WorksiteId == programme.Worksite.Id).Select(s => s.Id).SingleAsync();
    }

    /// <summary>Volunteers registered on a new session of the programme; their addresses end with the returned domain.</summary>
    internal static async Task<string> RegisterAsync(TestDatabase database, ProgrammeFixtures programme, string start, params (string FirstName, RegistrationStage Stage)[] people)
    {
        var domain = $"@camp-{Guid.NewGuid():N}.example.org";
        var session = programme.NewSession(start, DateOnly.Parse(start).AddDays(13).ToString("yyyy-MM-dd"));
        session.Capacity = 100;
        await using var db = database.CreateContext();
        db.Sessions.Add(session);
        var now = DateTime.UtcNow;
        foreach (var (firstName, stage) in people)
        {
            // The same first name is the same person writing from the same address (registered twice).
            var volunteer = new Volunteer { FirstName = firstName, LastName = "Martin", Email = $"{firstName.ToLowerInvariant()}{domain}", BirthDate = new DateOnly(1999, 1, 1) };
            db.Volunteers.Add(volunteer);
            db.Registrations.Add(new Registration
            {
                SessionId = session.Id, VolunteerId = volunteer.Id, Stage = stage,
                Status = stage == RegistrationStage.Confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Requested, CreatedAt = now, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync();
        return domain;
    }
}
