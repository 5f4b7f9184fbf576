using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Exports;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Registrations;

/// <summary>
/// The registrations list, rendered on the server without a circuit (decision 0029): its pages,
/// sort and filters are addresses, followed by enhanced navigation, and the page never opens a
/// connection to Blazor's hub.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistrationListBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_PageSortAndFilterTheList_ThroughAddresses_WithoutACircuit()
    {
        var programme = await ProgrammeFixtures.CreateAsync(browser.App.Database);
        var surname = $"Liste{Guid.NewGuid():N}"[..14];
        await BackgroundExportTests.ManyRegistrationsAsync(browser.App.Database, programme, surname, 30);
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        // The page signing in lands on is interactive: its circuit is up before listening, so that
        // only a circuit opened by the list itself is counted (seen once: its late negotiation).
        await BrowserFixture.WaitForInteractiveAsync(page);
        var hub = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/_blazor")) hub.Add(request.Url); };
        var rows = page.Locator("tbody tr.rz-data-row");

        // A search alone looks for the person at every stage; newest first, 25 a page.
        await page.GotoAsync($"/gestion/inscriptions?q={surname}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(rows.First).ToContainTextAsync($"V0000 {surname}");
        await Assertions.Expect(page.GetByText("Page 1 sur 2 (30 éléments)")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.EvaluateAsync("window.__sameDocument = true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Page suivante" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        await Assertions.Expect(rows.First).ToContainTextAsync($"V0025 {surname}");
        Assert.Contains("page=2", page.Url);
        // Followed by enhanced navigation: the same document, its content merged.
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"));
        await Assertions.Expect(page.GetByText("Page 2 sur 2 (30 éléments)")).ToBeVisibleAsync();

        // Sorting goes back to the first page; a second click on the column reverses the order.
        var volunteerColumn = page.GetByRole(AriaRole.Columnheader, new() { Name = "Volontaire" });
        await Assertions.Expect(volunteerColumn.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("title", "Trier par « Volontaire », ordre croissant");
        await volunteerColumn.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(rows.First).ToContainTextAsync($"V0000 {surname}");
        await Assertions.Expect(volunteerColumn).ToHaveAttributeAsync("aria-sort", "ascending");
        await volunteerColumn.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(volunteerColumn).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(rows.First).ToContainTextAsync($"V0029 {surname}");

        // The stage filter applies as it changes, and keeps the search and the sort.
        await page.GetByLabel("Afficher", new() { Exact = true }).SelectOptionAsync("Confirmed");
        await Assertions.Expect(page.GetByText("Aucune inscription ne correspond.")).ToBeVisibleAsync();
        Assert.Contains("groupe=Confirmed", page.Url);
        Assert.Contains("tri=VolunteerName", page.Url);
        await page.GetByLabel("Afficher", new() { Exact = true }).SelectOptionAsync("ToReview");
        await Assertions.Expect(rows.First).ToContainTextAsync($"V0029 {surname}");

        // The back button goes back through the views, as addresses do.
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByText("Aucune inscription ne correspond.")).ToBeVisibleAsync();

        // A page past the last (an old link) shows the last one.
        await page.GotoAsync($"/gestion/inscriptions?q={surname}&page=9");
        await Assertions.Expect(rows).ToHaveCountAsync(5);

        // The sidebar still folds, without a circuit.
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Afficher ou masquer le menu" });
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator(".rz-sidebar")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("rz-sidebar-collapsed"));
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        Assert.Empty(hub);

        // A name leads to the registration's page, which is interactive as before.
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("pré-inscrite");
    }
}
