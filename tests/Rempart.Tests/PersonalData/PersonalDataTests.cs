using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Data.Database;
using Rempart.Data.PersonalData;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.PersonalData;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.PersonalData;

/// <summary>A person's rights over their data, on a real database: a copy, a request, an anonymisation that keeps the accounts.</summary>
public sealed class PersonalDataTests
{
    [Theory, DatabaseData]
    public async Task APerson_GetsACopyOfTheirData_AndAnonymisation_ErasesWhoTheyWere_ButKeepsTheirRegistrations(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 3);
        await using (var db = places.Database.CreateContext())
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RequiresIdentityDocument, true));
        var email = $"lina-{Guid.NewGuid():N}@test.rempart.local";
        var user = new RempartUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = "Lina Haddad", SecurityStamp = "avant" };
        await using (var db = places.Database.CreateContext())
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }
        var lina = TestActors.Holding(user.Id, "Lina Haddad", null, ProfileKind.Volunteer);
        var form = PreRegistrationTests.Form("Lina");
        form.Email = email;
        var registrationId = (await PreRegistrationTests.Create(places).ExecuteAsync(PreRegistrationTests.Request(session, form, user.Id) with { VolunteerUserId = user.Id })).RegistrationId!.Value;
        Assert.Null((await places.ChangeStage().ExecuteAsync(registrationId, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal);
        var storage = new StorageOptions { Root = TestEnvironment.NewTempFolder("rempart-gdpr") };
        var (document, _) = await new AddRegistrationDocument(places.Database.Contexts, storage, Options.Create(new RegistrationOptions()), places.Clock)
            .ExecuteAsync(registrationId, DocumentKind.IdentityDocument, "passeport.pdf", new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF")), lina);

        var copy = await new ExportPersonalData(places.Database.Contexts, places.Clock).ExecuteAsync(user.Id);
        Assert.Equal(email, copy!.Account.Email);
        var registration = Assert.Single(copy.Registrations);
        Assert.Equal(("Lina Durand", "Accepted", "passeport.pdf"), (registration.Volunteer, registration.Stage, Assert.Single(registration.Documents).FileName));
        Assert.Equal(["PreRegistered", "UnderReview", "Accepted"], registration.History.Select(h => h.To));

        var requests = new RequestDeletion(places.Database.Contexts, places.Clock);
        Assert.True(await requests.ExecuteAsync(user.Id, "Je ne viendrai plus."));
        Assert.False(await requests.ExecuteAsync(user.Id, "Encore"));

        var audit = new WriteAudit(places.Database.Contexts, places.Clock);
        var anonymise = new AnonymisePerson(places.Database.Contexts, storage, audit, places.Clock);
        var admin = TestActors.Holding(Guid.NewGuid(), "Admin", null, ProfileKind.SuperAdmin);
        Assert.Equal("Vous n'avez pas le droit de gérer les comptes.", await anonymise.ExecuteAsync(user.Id, PlacesFixture.Staff));
        Assert.Equal("Vous ne pouvez pas anonymiser votre propre compte.", await anonymise.ExecuteAsync(admin.UserId, admin));
        Assert.Null(await anonymise.ExecuteAsync(user.Id, admin));

        await using var check = places.Database.CreateContext();
        var account = await check.Users.SingleAsync(u => u.Id == user.Id);
        Assert.Equal((Anonymous.Email(user.Id), Anonymous.Name, false, null), (account.Email, account.DisplayName, account.IsActive, account.PasswordHash));
        Assert.NotEqual("avant", account.SecurityStamp);
        var volunteer = await check.Volunteers.SingleAsync(v => v.Id == check.Registrations.Single(r => r.Id == registrationId).VolunteerId);
        Assert.Equal(("Personne", "anonymisée", null, new DateOnly(2000, 1, 1)), (volunteer.FirstName, volunteer.LastName, volunteer.Phone, volunteer.BirthDate));
        Assert.False(await check.Volunteers.AnyAsync(v => v.Email == email));
        Assert.Equal(RegistrationStage.Accepted, (await check.Registrations.SingleAsync(r => r.Id == registrationId)).Stage);
        Assert.Equal(1, await places.TakenAsync(session));
        Assert.False(await check.RegistrationDocuments.AnyAsync(d => d.RegistrationId == registrationId));
        Assert.False(File.Exists(Path.Combine(storage.UploadsFolder, "registrations", document!.StoredName)));
        Assert.NotNull((await check.DeletionRequests.SingleAsync(r => r.UserId == user.Id)).HandledAt);
        Assert.True(await check.AuditEntries.AnyAsync(e => e.UserId == user.Id && e.Event == AuditEvent.PersonAnonymised));
        Assert.False(await check.UserRoles.AnyAsync(r => r.UserId == user.Id));
    }
}
