using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Exports;
using Rempart.Domain.Accounts;
using Rempart.Domain.Exports;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Exports;

namespace Rempart.Tests.Exports;

/// <summary>Complete exports made by a background job: page after page, for their owner only, never left running.</summary>
public sealed class BackgroundExportTests
{
    [Fact]
    public async Task ACompleteExport_ReadsEveryPage_ReportsItsProgress_AndOnlyItsOwnerDownloadsIt()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        _ = app.Services;
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var surname = $"Lot{Guid.NewGuid():N}"[..10];
        await ManyRegistrationsAsync(app.Database, programme, surname, 1_234);
        var staffEmail = $"staff-{Guid.NewGuid():N}@test.rempart.local";
        var staffUser = await app.CreateUserAsync(staffEmail, BrowserFixture.Password, ProfileKind.Staff);
        var otherEmail = $"other-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(otherEmail, BrowserFixture.Password, ProfileKind.Staff);
        var staff = TestActors.Holding(staffUser.Id, "Salariée", null, ProfileKind.Staff);

        using var scope = app.Services.CreateScope();
        var (queued, refusal) = await scope.ServiceProvider.GetRequiredService<QueueExport>()
            .ExecuteAsync("inscriptions", "xlsx", new Dictionary<string, string?> { ["groupe"] = "All", ["q"] = surname }, staff);
        Assert.Null(refusal);
        var volunteer = TestActors.Holding(Guid.NewGuid(), "Volontaire", null, ProfileKind.Volunteer);
        Assert.Equal("Vous ne pouvez pas exporter cette liste.", (await scope.ServiceProvider.GetRequiredService<QueueExport>()
            .ExecuteAsync("inscriptions", "xlsx", new Dictionary<string, string?>(), volunteer)).Refusal);

        var files = scope.ServiceProvider.GetRequiredService<ExportFiles>();
        ExportFile? done = null;
        for (var i = 0; i < 600 && done is null; i++)
        {
            var mine = Assert.Single(await files.MineAsync(staff));
            if (mine.Status is ExportStatus.Done or ExportStatus.Failed) done = mine;
            else await Task.Delay(50);
        }
        Assert.Equal((ExportStatus.Done, 100, 1_234), (done!.Status, done.Progress, done.Rows));
        Assert.Equal(queued!.Id, done.Id);

        using var owner = await SignedInAsync(app, staffEmail);
        var bytes = await owner.GetByteArrayAsync($"{ExportEndpoints.MinePath}/{done.Id}");
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.Equal(1_235, workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Count());
        using var other = await SignedInAsync(app, otherEmail);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync($"{ExportEndpoints.MinePath}/{done.Id}")).StatusCode);
    }

    [Theory, DatabaseData]
    public async Task AnExportCutShortByARestart_IsFailedAfterAWhile_AndExpiredFilesAreDeleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new ManualClock();
        var storage = new StorageOptions { Root = TestEnvironment.NewTempFolder("rempart-exports") };
        var files = new ExportFiles(database.Contexts, storage, Options.Create(new ExportOptions { KeepDays = 7, StaleAfterMinutes = 60 }), clock);
        var owner = TestActors.Holding(Guid.NewGuid(), "Salariée", null, ProfileKind.Staff);
        var cut = await files.QueueAsync(owner, "inscriptions", "xlsx", "", "inscriptions.xlsx");
        await files.StartAsync(cut.Id);
        await files.ReportAsync(cut.Id, 40);
        var finished = await files.QueueAsync(owner, "inscriptions", "csv", "", "inscriptions.csv");
        await files.StartAsync(finished.Id);
        await files.CompleteAsync(finished.Id, "a;b\r\n"u8.ToArray(), 1);
        var stored = Directory.GetFiles(files.Folder).Single();

        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal((0, 0), await files.TidyAsync());
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal((0, 1), await files.TidyAsync());
        var failed = (await files.MineAsync(owner)).Single(e => e.Id == cut.Id);
        Assert.Equal((ExportStatus.Failed, "L'export a été interrompu (redémarrage du serveur) : relancez-le."), (failed.Status, failed.Error));
        Assert.Null(await files.StartAsync(cut.Id));

        clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal((2, 0), await files.TidyAsync());
        Assert.False(File.Exists(stored));
        Assert.Empty(await files.MineAsync(owner));
    }

    internal static async Task ManyRegistrationsAsync(TestDatabase database, ProgrammeFixtures programme, string surname, int count)
    {
        var session = programme.NewSession("2029-10-01", "2029-10-14");
        session.Status = SessionStatus.Published;
        session.Capacity = count;
        await using var db = database.CreateContext();
        db.Sessions.Add(session);
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var volunteer = new Volunteer { FirstName = $"V{i:D4}", LastName = surname, Email = $"{surname}-{i}@test.rempart.local", BirthDate = new DateOnly(2000, 1, 1) };
            db.Volunteers.Add(volunteer);
            db.Registrations.Add(new Registration
            {
                SessionId = session.Id, VolunteerId = volunteer.Id, Status = RegistrationStatus.Requested, Stage = RegistrationStage.PreRegistered,
                CreatedAt = now.AddSeconds(-i), UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }

    private static async Task<HttpClient> SignedInAsync(RempartAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await HttpSignIn.SignInAsync(client, email);
        return client;
    }
}
