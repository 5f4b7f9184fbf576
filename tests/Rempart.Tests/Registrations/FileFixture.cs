using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Audit;
using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;

namespace Rempart.Tests.Registrations;

/// <summary>A places fixture with a session configured by the test, and the file operations over a private folder.</summary>
internal sealed class FileFixture : IAsyncDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private Session session = default!;

    public Session Session => session;

    private FileFixture(PlacesFixture places) => Places = places;

    public PlacesFixture Places { get; }
    public StorageOptions Storage { get; } = new() { Root = TestEnvironment.NewTempFolder("rempart-files") };
    public string Folder => Path.Combine(Storage.UploadsFolder, "registrations");

    public static async Task<FileFixture> CreateAsync(DatabaseProvider provider, Action<Session> configure)
    {
        var fixture = new FileFixture(await PlacesFixture.CreateAsync(provider));
        fixture.session = await fixture.Places.SessionAsync(capacity: 5);
        configure(fixture.session);
        await using var db = fixture.Places.Database.CreateContext();
        db.Sessions.Update(fixture.session);
        await db.SaveChangesAsync();
        return fixture;
    }

    public async Task<(Guid Id, Actor Volunteer)> AcceptedRegistrationAsync(DateOnly birthDate)
    {
        var volunteer = TestActors.Holding(Guid.NewGuid(), "Volontaire", null, ProfileKind.Volunteer);
        var form = PreRegistrationTests.Form("Camille");
        form.BirthDate = birthDate;
        var outcome = await PreRegistrationTests.Create(Places).ExecuteAsync(PreRegistrationTests.Request(session, form, volunteer.UserId));
        Assert.Null((await Places.ChangeStage().ExecuteAsync(outcome.RegistrationId!.Value, RegistrationStage.Accepted, PlacesFixture.Staff)).Refusal);
        return (outcome.RegistrationId.Value, volunteer);
    }

    public async Task<RegistrationDocument> UploadAsync(Guid id, DocumentKind kind, Actor actor)
    {
        var (document, refusal) = await Add().ExecuteAsync(id, kind, "scan.pdf", new MemoryStream(Pdf), actor);
        Assert.Null(refusal);
        return document!;
    }

    public async Task<RegistrationDocument> DocumentAsync(Guid id, DocumentKind kind)
    {
        await using var db = Places.Database.CreateContext();
        return await db.RegistrationDocuments.SingleAsync(d => d.RegistrationId == id && d.Kind == kind);
    }

    public async Task<DateOnly> SessionEndAsync()
    {
        await using var db = Places.Database.CreateContext();
        return await db.Sessions.Where(s => s.Id == session.Id).Select(s => s.EndDate).SingleAsync();
    }

    public async Task<RegistrationStage> StageAsync(Guid id)
    {
        await using var db = Places.Database.CreateContext();
        return await db.Registrations.Where(r => r.Id == id).Select(r => r.Stage).SingleAsync();
    }

    public AdvanceRegistration Advance() => new(Places.Database.Contexts, Places.ChangeStage(), Places.Clock);

    public SaveRegistrationFile Save() => new(Places.Database.Contexts, Advance(), Places.Clock);

    public AddRegistrationDocument Add() =>
        new(Places.Database.Contexts, Storage, Options.Create(new RegistrationOptions { DocumentMaxMegabytes = 1 }), Places.Clock);

    public ReviewRegistrationDocument Review() => new(Places.Database.Contexts, Advance(), Places.Clock);

    public OpenRegistrationDocument Open() => new(Places.Database.Contexts, Storage, new WriteAudit(Places.Database.Contexts, Places.Clock));

    public ValueTask DisposeAsync() => Places.DisposeAsync();
}
