using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;
using Rempart.Web.Registrations;

namespace Rempart.Tests.Registrations;

/// <summary>The registration form and its documents on a real database and a real folder.</summary>
public sealed class RegistrationFileTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    [Theory, DatabaseData]
    public async Task AFile_IsSaved_Sent_Reviewed_AndConfirmsTheRegistration_WhenItsLastDocumentIsAccepted(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, s => (s.RequiresIdentityDocument, s.RequiresHealthForm, s.MotivationRequired) = (true, true, true));
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));

        var half = await files.Save().ExecuteAsync(id, new RegistrationFileDraft { City = "Dijon" }, volunteer, send: false);
        Assert.True(half.Succeeded);
        Assert.Equal(RegistrationStage.AwaitingDocuments, await files.StageAsync(id));

        var early = await files.Save().ExecuteAsync(id, Complete(), volunteer, send: true);
        Assert.Equal("Documents à envoyer : Pièce d'identité, Fiche sanitaire.", early.Errors[""]);

        var identity = await files.UploadAsync(id, DocumentKind.IdentityDocument, volunteer);
        await files.UploadAsync(id, DocumentKind.HealthForm, volunteer);
        var sent = await files.Save().ExecuteAsync(id, Complete(), volunteer, send: true);
        Assert.True(sent.Succeeded);
        Assert.Null(sent.Advanced);

        var organiser = files.Places.Programme.ManagerOf(files.Places.Programme.Association);
        Assert.Equal("Dites au volontaire ce qui ne va pas dans ce document.", (await files.Review().ExecuteAsync(identity.Id, false, " ", organiser)).Refusal);
        Assert.Null((await files.Review().ExecuteAsync(identity.Id, false, "Illisible", organiser)).Refusal);
        var health = await files.DocumentAsync(id, DocumentKind.HealthForm);
        Assert.Null((await files.Review().ExecuteAsync(health.Id, true, null, organiser)).Advanced);

        var again = await files.UploadAsync(id, DocumentKind.IdentityDocument, volunteer);
        Assert.False(File.Exists(Path.Combine(files.Storage.UploadsFolder, "registrations", identity.StoredName)));
        var last = await files.Review().ExecuteAsync(again.Id, true, null, organiser);

        Assert.Equal(RegistrationStage.Confirmed, last.Advanced?.To);
        Assert.Equal(RegistrationStage.Confirmed, await files.StageAsync(id));
        Assert.Equal("L'inscription est « confirmée » : son dossier ne se modifie plus.", (await files.Save().ExecuteAsync(id, Complete(), volunteer, send: false)).Errors[""]);
    }

    [Theory, DatabaseData]
    public async Task AChildUnder15_NeedsAParentalAuthorisation_AndBothConsents(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, s => s.MinimumAge = 13);
        var (id, parent) = await files.AcceptedRegistrationAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-14));

        var refused = await files.Save().ExecuteAsync(id, Complete(), parent, send: true);
        Assert.Equal(["", "GuardianConsents", "GuardianName", "MinorConsents"], refused.Errors.Keys.Order());
        Assert.Contains("Autorisation parentale", refused.Errors[""]);

        var authorisation = await files.UploadAsync(id, DocumentKind.ParentalAuthorisation, parent);
        var draft = Complete();
        (draft.GuardianName, draft.GuardianConsents, draft.MinorConsents) = ("Claire Bernard", true, true);
        Assert.True((await files.Save().ExecuteAsync(id, draft, parent, send: true)).Succeeded);
        var review = await files.Review().ExecuteAsync(authorisation.Id, true, null, PlacesFixture.Staff);

        Assert.Equal(RegistrationStage.Confirmed, review.Advanced?.To);
        await using var db = files.Places.Database.CreateContext();
        var registration = await db.Registrations.SingleAsync(r => r.Id == id);
        Assert.NotNull(registration.GuardianConsentAt);
        Assert.NotNull(registration.MinorConsentAt);
    }

    [Theory, DatabaseData]
    public async Task AFileThatIsNotWhatItClaims_OrTooBig_OrNotAsked_IsRefused_AndNothingIsKept(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, s => s.RequiresIdentityDocument = true);
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));

        var script = await files.Add().ExecuteAsync(id, DocumentKind.IdentityDocument, "carte.pdf", new MemoryStream("#!/bin/sh\nrm -rf /"u8.ToArray()), volunteer);
        var big = new byte[(1024 * 1024) + 10];
        Pdf.CopyTo(big, 0);
        var tooBig = await files.Add().ExecuteAsync(id, DocumentKind.IdentityDocument, "carte.pdf", new MemoryStream(big), volunteer);
        var notAsked = await files.Add().ExecuteAsync(id, DocumentKind.HealthForm, "fiche.pdf", new MemoryStream(Pdf), volunteer);
        var stranger = await files.Add().ExecuteAsync(id, DocumentKind.IdentityDocument, "carte.pdf", new MemoryStream(Pdf), TestActors.Holding(Guid.NewGuid(), "Autre", null, ProfileKind.Volunteer));

        Assert.Contains("n'est ni un PDF, ni une image JPEG ou PNG", script.Refusal);
        Assert.Contains("dépasse 1 Mo", tooBig.Refusal);
        Assert.Equal("Cette session ne demande pas ce document.", notAsked.Refusal);
        Assert.Equal("Cette inscription n'existe pas.", stranger.Refusal);
        await using var db = files.Places.Database.CreateContext();
        Assert.False(await db.RegistrationDocuments.AnyAsync(d => d.RegistrationId == id));
        Assert.Empty(Directory.Exists(files.Folder) ? Directory.GetFiles(files.Folder) : []);
    }

    [Theory, DatabaseData]
    public async Task AHealthForm_OpensForTheVolunteer_AndForOrganisersWithThePermission_AndEveryOpeningIsLogged(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, s => s.RequiresHealthForm = true);
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));
        var form = await files.UploadAsync(id, DocumentKind.HealthForm, volunteer);
        var association = files.Places.Programme.Association.Id;
        var manager = TestActors.Holding(Guid.NewGuid(), "Responsable", association, ProfileKind.AssociationManager);
        var withoutHealth = new Actor(Guid.NewGuid(), "Bénévole de l'asso", new HashSet<ProfileKind> { ProfileKind.AssociationManager }, association)
        {
            Permissions = new HashSet<string> { Permissions.RegistrationsValidate },
        };
        var otherAssociation = TestActors.Holding(Guid.NewGuid(), "Autre", Guid.NewGuid(), ProfileKind.AssociationManager);

        Assert.NotNull(await files.Open().ExecuteAsync(form.Id, volunteer, "127.0.0.1"));
        Assert.NotNull(await files.Open().ExecuteAsync(form.Id, manager, "127.0.0.1"));
        Assert.Null(await files.Open().ExecuteAsync(form.Id, withoutHealth, "127.0.0.1"));
        Assert.Null(await files.Open().ExecuteAsync(form.Id, otherAssociation, "127.0.0.1"));

        await using var db = files.Places.Database.CreateContext();
        var logged = await db.AuditEntries.Where(e => e.Event == AuditEvent.HealthDocumentOpened).Select(e => e.UserId).ToListAsync();
        Assert.Equal(new[] { volunteer.UserId, manager.UserId }.Order(), logged.Select(u => u!.Value).Order());
    }

    [Theory, DatabaseData]
    public async Task HealthForms_AreDeleted_FileAndRecord_OnlyOnceTheirSessionEndedLongEnoughAgo(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, s => (s.RequiresHealthForm, s.RequiresIdentityDocument) = (true, true));
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));
        var health = await files.UploadAsync(id, DocumentKind.HealthForm, volunteer);
        var identity = await files.UploadAsync(id, DocumentKind.IdentityDocument, volunteer);
        var purge = new PurgeHealthForms(files.Places.Database.Contexts, files.Storage,
            Options.Create(new RegistrationOptions { HealthFormRetentionDays = 30 }), files.Places.Clock);
        var sessionEnd = await files.SessionEndAsync();

        files.Places.Clock.Advance(sessionEnd.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(30) - files.Places.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(0, await purge.ExecuteAsync());
        files.Places.Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal(1, await purge.ExecuteAsync());
        Assert.Equal(0, await purge.ExecuteAsync());

        await using var db = files.Places.Database.CreateContext();
        Assert.Equal([DocumentKind.IdentityDocument], await db.RegistrationDocuments.Where(d => d.RegistrationId == id).Select(d => d.Kind).ToListAsync());
        Assert.False(File.Exists(Path.Combine(files.Folder, health.StoredName)));
        Assert.True(File.Exists(Path.Combine(files.Folder, identity.StoredName)));
        Assert.Contains(await db.SessionEvents.Select(e => e.Text).ToListAsync(), t => t.StartsWith("1 fiche(s) sanitaire(s) supprimée(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheScheduler_PurgesHealthFormsNightly_AndChasesPaymentsHourly()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var purge = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(PurgeHealthFormsJob.Key)));
        var chase = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(ChasePaymentsJob.Key)));

        Assert.Equal("0 30 3 * * ?", purge.CronExpressionString);
        Assert.Equal("0 15 * * * ?", chase.CronExpressionString);
    }

    internal static RegistrationFileDraft Complete() => new()
    {
        Address = "3 rue des Remparts", PostalCode = "21000", City = "Dijon", Country = "France", EmergencyContactName = "Paul Durand",
        EmergencyContactPhone = "06 11 22 33 44", Diet = "végétarien", Languages = "français, anglais",
        Motivation = new string('m', RegistrationFileRules.MotivationMinimum),
    };
}
