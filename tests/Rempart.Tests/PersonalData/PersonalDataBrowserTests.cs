using System.Text.Json;
using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.PersonalData;

[Collection(BrowserCollection.Name)]
public sealed class PersonalDataBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVolunteer_DownloadsTheirData_AndAsksForDeletion_WhichAnAdministratorCarriesOut()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await page.WaitForURLAsync(url => url.EndsWith("/benevole", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "Mes données" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes données personnelles" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var export = await page.Context.APIRequest.GetAsync("/compte/mes-donnees/export.json");
        Assert.Equal(200, export.Status);
        Assert.StartsWith("attachment", export.Headers["content-disposition"], StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(await export.TextAsync()))
            Assert.Equal(email, json.RootElement.GetProperty("account").GetProperty("email").GetString());
        var pdf = await page.Context.APIRequest.GetAsync("/compte/mes-donnees/export.pdf");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var text = await PdfText.ExtractAsync(await pdf.BodyAsync());
        Assert.Contains("Mes données personnelles – Union REMPART", text);
        Assert.Contains($"Adresse e-mail : {email}", text);
        Assert.Contains("Journal de sécurité de votre compte", text);

        await page.GetByLabel("Un message pour l'Union").FillAsync("Je déménage à l'étranger.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Demander la suppression de mes données" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Cochez cette case pour confirmer la demande.")).ToBeVisibleAsync();
        await BrowserFixture.CheckAsync(page.GetByLabel("Je comprends que mon compte sera fermé"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Demander la suppression de mes données" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre demande est enregistrée");
        await page.AssertAccessibleAsync();

        var admin = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin);
        await admin.GotoAsync("/admin/donnees-personnelles");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        var row = admin.Locator("tr").Filter(new() { HasTextString = email });
        await Assertions.Expect(row).ToContainTextAsync("Je déménage à l'étranger.");
        await admin.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Anonymiser" }).ClickAsync();
        await admin.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Anonymiser" }).ClickAsync();
        // "par" alone would match the address's domain (rempart): wait for the handled date and its author.
        await Assertions.Expect(row).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"le \d{2}/\d{2}/\d{4} par "));

        var again = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(again, email);
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        Assert.Contains("/compte/connexion", again.Url);
    }
}
