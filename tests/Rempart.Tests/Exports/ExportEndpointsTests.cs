using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualBasic.FileIO;
using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.Exports;

/// <summary>The lists' exports on a real host: the rows their asker may see there, with the page's filters.</summary>
public sealed class ExportEndpointsTests
{
    [Fact]
    public async Task AnAssociationManager_ExportsTheirOwnRegistrations_StaffExportEveryone_AndTheFiltersApply()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        // Starting the host migrates its database.
        _ = app.Services;
        var (ours, theirs) = (await ProgrammeFixtures.CreateAsync(app.Database), await ProgrammeFixtures.CreateAsync(app.Database));
        var mine = $"Ours{Guid.NewGuid():N}"[..12];
        var other = $"Theirs{Guid.NewGuid():N}"[..12];
        await RegisterAsync(app, ours, mine);
        await RegisterAsync(app, theirs, other);
        var managerEmail = $"gestion-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(managerEmail, BrowserFixture.Password, ours.Association.Id, ProfileKind.AssociationManager);
        var staffEmail = $"staff-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(staffEmail, BrowserFixture.Password, ProfileKind.Staff);

        using var manager = await SignedInAsync(app, managerEmail);
        var managerRows = Csv(await manager.GetByteArrayAsync("/exports/inscriptions.csv?groupe=All"));
        Assert.Contains(managerRows, r => r[0].Contains(mine, StringComparison.Ordinal));
        Assert.DoesNotContain(managerRows, r => r[0].Contains(other, StringComparison.Ordinal));
        // Invoices are for finance staff: the manager is sent to the access-denied page, with no file.
        var refused = await manager.GetAsync("/exports/factures.csv");
        Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
        Assert.NotEqual("text/csv", refused.Content.Headers.ContentType?.MediaType);

        using var staff = await SignedInAsync(app, staffEmail);
        var everyone = Csv(await staff.GetByteArrayAsync("/exports/inscriptions.csv?groupe=All"));
        Assert.Contains(everyone, r => r[0].Contains(mine, StringComparison.Ordinal));
        Assert.Contains(everyone, r => r[0].Contains(other, StringComparison.Ordinal));
        Assert.DoesNotContain(Csv(await staff.GetByteArrayAsync($"/exports/inscriptions.csv?groupe=Confirmed&q={mine}")), r => r[0].Contains(mine, StringComparison.Ordinal));
        var searched = Csv(await staff.GetByteArrayAsync($"/exports/inscriptions.csv?groupe=All&q={mine}"));
        Assert.Equal(2, searched.Count);

        var response = await staff.GetAsync($"/exports/inscriptions.xlsx?groupe=All&q={other}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(other, rows[1].Elements<Cell>().First().InlineString!.Text!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProgrammeGrids_Export_WithTheirSearchColumnFiltersAndSort_ScopedToWhoAsks()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        _ = app.Services;
        var (ours, theirs) = (await ProgrammeFixtures.CreateAsync(app.Database), await ProgrammeFixtures.CreateAsync(app.Database));
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.AddRange(ours.NewSession("2029-07-01", "2029-07-14"), ours.NewSession("2029-08-01", "2029-08-14"), theirs.NewSession("2029-07-05", "2029-07-18"));
            await db.SaveChangesAsync();
        }
        var managerEmail = $"gestion-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(managerEmail, BrowserFixture.Password, ours.Association.Id, ProfileKind.AssociationManager);
        var staffEmail = $"staff-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(staffEmail, BrowserFixture.Password, ProfileKind.Staff);

        using var manager = await SignedInAsync(app, managerEmail);
        var mine = Csv(await manager.GetByteArrayAsync("/exports/sessions.csv"));
        Assert.Equal(["Chantier", "Commune", "Région", "Date de début", "Date de fin"], mine[0].Take(5));
        Assert.Equal(2, mine.Count - 1);
        Assert.All(mine.Skip(1), r => Assert.Equal(ours.Association.Name, r[^1]));
        // Sites and leaders are the union's lists.
        Assert.Equal(HttpStatusCode.Found, (await manager.GetAsync("/exports/sites.csv")).StatusCode);

        using var staff = await SignedInAsync(app, staffEmail);
        // The grid's column filter on the association and its sort by start date, oldest first.
        var filtered = Csv(await staff.GetByteArrayAsync(
            $"/exports/sessions.csv?f.Association={Uri.EscapeDataString("Contains:" + ours.Association.Name[^32..])}&tri=StartDate%20asc"));
        Assert.Equal(["01/07/2029", "01/08/2029"], filtered.Skip(1).Select(r => r[3]));
        var descending = Csv(await staff.GetByteArrayAsync($"/exports/sessions.csv?f.Association={Uri.EscapeDataString("Equals:" + ours.Association.Name)}&tri=StartDate%20desc"));
        Assert.Equal(["01/08/2029", "01/07/2029"], descending.Skip(1).Select(r => r[3]));
        // A filter on a property the rows do not have, or with an operator that does not exist, is dropped, not run.
        var lenient = Csv(await staff.GetByteArrayAsync($"/exports/sessions.csv?q={Uri.EscapeDataString(theirs.Association.Name)}&f.Nope=Contains:x&f.Commune=Drop:x"));
        Assert.Single(lenient.Skip(1));

        var response = await staff.GetAsync($"/exports/chantiers.xlsx?q={Uri.EscapeDataString(ours.Association.Name)}");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(ours.Worksite.Title, rows[1].Elements<Cell>().First().InlineString!.Text!.Text);
        var leaders = Csv(await staff.GetByteArrayAsync($"/exports/animateurs.csv?q=Martin&tri=FirstName%20asc"));
        Assert.Contains(leaders.Skip(1), r => r[0] == "Martin" && r[1] == "Léa");
    }

    private static async Task RegisterAsync(RempartAppFactory app, ProgrammeFixtures programme, string lastName)
    {
        var session = programme.NewSession("2029-09-03", "2029-09-16");
        session.Status = SessionStatus.Published;
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
        }
        var form = PreRegistrationTests.Form("Alix");
        form.LastName = lastName;
        using var scope = app.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CreatePreRegistration>().ExecuteAsync(new PreRegistrationRequest(session.Id, form, null, null, "Visiteur"));
        Assert.NotNull(outcome.RegistrationId);
    }

    private static async Task<HttpClient> SignedInAsync(RempartAppFactory app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await HttpSignIn.SignInAsync(client, email);
        return client;
    }

    private static List<string[]> Csv(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { Delimiters = [";"], HasFieldsEnclosedInQuotes = true };
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }
}
