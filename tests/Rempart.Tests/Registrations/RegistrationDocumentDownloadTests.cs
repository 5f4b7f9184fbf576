using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Registrations;

/// <summary>The download endpoint of registration documents, through the real host.</summary>
public sealed class RegistrationDocumentDownloadTests
{
    [Fact]
    public async Task ADocument_DownloadsAsAnAttachment_ForTheVolunteer_AndIsNotFoundForAnotherVolunteer()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        _ = app.Services;
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var session = programme.NewSession("2029-07-02", "2029-07-15");
        session.Status = SessionStatus.Published;
        session.RequiresIdentityDocument = true;
        var ownerEmail = $"owner-{Guid.NewGuid():N}@test.rempart.local";
        var owner = await app.CreateUserAsync(ownerEmail, BrowserFixture.Password, ProfileKind.Volunteer);
        var otherEmail = $"other-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(otherEmail, BrowserFixture.Password, ProfileKind.Volunteer);
        var volunteer = new Volunteer { FirstName = "Ana", LastName = "Silva", Email = ownerEmail, BirthDate = new DateOnly(1997, 2, 2), UserId = owner.Id };
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.Add(session);
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
        }
        var registration = (await app.Services.GetRequiredService<HoldPlace>().ExecuteAsync(session.Id, volunteer.Id, null, ProgrammeFixtures.Staff, confirm: true)).Registration!;
        var actor = TestActors.Holding(owner.Id, "Ana", null, ProfileKind.Volunteer);
        var pdf = "%PDF-1.4\n<script>alert(1)</script>\n%%EOF\n"u8.ToArray();
        var (document, refusal) = await app.Services.GetRequiredService<AddRegistrationDocument>()
            .ExecuteAsync(registration.Id, DocumentKind.IdentityDocument, "../../carte d'identité.pdf", new MemoryStream(pdf), actor);
        Assert.Null(refusal);

        using var ownerClient = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await HttpSignIn.SignInAsync(ownerClient, ownerEmail);
        using var response = await ownerClient.GetAsync($"/inscriptions/documents/{document!.Id}");
        using var otherClient = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await HttpSignIn.SignInAsync(otherClient, otherEmail);
        using var refused = await otherClient.GetAsync($"/inscriptions/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("carte d'identité.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
