using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Exports;

/// <summary>A complete export asked from a list, followed in "Mes exports" until its file is there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_AskForTheCompleteRegistrationList_FollowItsProgress_AndDownloadIt()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await page.GotoAsync("/gestion/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Afficher", new() { Exact = true }).SelectOptionAsync("All");
        await page.GetByRole(AriaRole.Button, new() { Name = "Export complet (Excel, en arrière-plan)" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/mes-exports", StringComparison.Ordinal));
        var row = page.GetByTestId("exports").Locator("tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("inscriptions-");
        var download = row.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Télécharger \\(\\d+ lignes\\)$") });
        await Assertions.Expect(download).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.AssertAccessibleAsync();
        var response = await page.APIRequest.GetAsync(await download.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"]);
    }
}
