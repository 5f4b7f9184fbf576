using Microsoft.Playwright;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Exports;

/// <summary>
/// A long complete export asked from a list, followed in "Mes exports": its progress bar moves, the
/// person can leave and come back, and the file is there at the end. On a host of its own, so that
/// its tens of thousands of registrations stay out of the other browser tests' lists.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportBrowserTests(BrowserFixture browser)
{
    private const int Rows = 30_000;

    [Fact]
    public async Task Staff_AskForALongExport_SeeItsProgressBarMove_LeaveAndComeBack_AndDownloadIt()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var address = app.StartKestrel();
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        await BackgroundExportTests.ManyRegistrationsAsync(app.Database, programme, "Longue", Rows);
        var email = $"staff-{Guid.NewGuid():N}@test.rempart.local";
        await app.CreateUserAsync(email, BrowserFixture.Password, ProfileKind.Staff);
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = address.ToString(), Locale = "fr-FR", ReducedMotion = ReducedMotion.Reduce });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await page.WaitForURLAsync(url => !url.Contains("/compte/"));

        await page.GotoAsync("/gestion/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Afficher", new() { Exact = true }).SelectOptionAsync("All");
        await page.GetByRole(AriaRole.Button, new() { Name = "Export complet (Excel, en arrière-plan)" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/mes-exports", StringComparison.Ordinal));

        var row = page.GetByTestId("exports").Locator("tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("inscriptions-");
        var bar = row.GetByRole(AriaRole.Progressbar);
        var seen = new List<int>();
        var download = row.GetByRole(AriaRole.Link, new() { Name = $"Télécharger ({Rows} lignes)", Exact = true });
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var left = false;
        while (DateTime.UtcNow < deadline && !await download.IsVisibleAsync())
        {
            if (await ValueOfAsync(bar) is { } value) seen.Add(value);
            if (!left && seen.Any(v => v is > 0 and < 100))
            {
                // The export goes on without the page.
                await page.GotoAsync("/gestion");
                await page.GotoAsync("/mes-exports");
                left = true;
            }
            await Task.Delay(150);
        }
        Assert.True(seen.Any(v => v is > 0 and < 100), $"Progress seen: {string.Join(", ", seen)}");
        Assert.True(left);
        await Assertions.Expect(download).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.AssertAccessibleAsync();
        var response = await page.APIRequest.GetAsync(await download.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"]);
        await context.CloseAsync();
    }

    // The bar may be replaced by the link between two looks at it.
    private static async Task<int?> ValueOfAsync(ILocator bar)
    {
        try
        {
            return await bar.CountAsync() == 1 && int.TryParse(await bar.GetAttributeAsync("aria-valuenow", new() { Timeout = 1_000 }), out var value) ? value : null;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
