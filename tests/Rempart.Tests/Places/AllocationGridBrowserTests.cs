using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Places;

[Collection(BrowserCollection.Name)]
public sealed class AllocationGridBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_AllocateASeasonInTheGrid_WithTotals_AndNoRowOverCapacity()
    {
        // A season far away, so that only these two sessions are in it.
        var (title, sessions, association) = await BrowserProgramme.CreateAsync(browser, ("2028-06-05", "2028-06-18"), ("2028-06-19", "2028-07-02"));
        string name;
        await using (var db = browser.App.Database.CreateContext())
            name = await db.Organisations.Where(o => o.Id == association).Select(o => o.Name).SingleAsync();
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        await page.GotoAsync("/gestion/places");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.ChooseAsync(page.Locator(".rz-form-field").Filter(new() { HasTextString = "Saison" }).Locator(".rz-dropdown"),
            page.GetByRole(AriaRole.Option, new() { Name = "2028" }));
        await page.Locator(".rz-form-field").Filter(new() { HasTextString = "Colonnes" }).Locator(".rz-dropdown").ClickAsync();
        await page.Locator(".rz-dropdown-filter[aria-expanded=true], .rz-multiselect-filter-container input").First.FillAsync(name);
        await page.GetByRole(AriaRole.Option, new() { Name = name }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");

        var first = page.GetByLabel($"{name} – {title} 05/06/2028");
        var second = page.GetByLabel($"{name} – {title} 19/06/2028");
        await first.FillAsync("12");
        await first.PressAsync("Tab");
        await Assertions.Expect(page.GetByText("Dépasse la capacité de 2 place(s).")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réservations" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("Les réservations totalisent 12 places pour une capacité de 10.");

        await first.FillAsync("4");
        await first.PressAsync("Tab");
        await second.FillAsync("3");
        await second.PressAsync("Tab");
        await Assertions.Expect(page.Locator("tfoot td").Nth(1)).ToHaveTextAsync("7");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réservations" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Modifications enregistrées.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Voir le remplissage" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.ChooseAsync(page.Locator(".rz-form-field").Filter(new() { HasTextString = "Saison" }).Locator(".rz-dropdown"),
            page.GetByRole(AriaRole.Option, new() { Name = "2028" }));
        await Assertions.Expect(page.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync("S23");
        await page.AssertAccessibleAsync();

        await using var check = browser.App.Database.CreateContext();
        Assert.Equal([3, 4], (await check.Allocations.Where(a => sessions.Contains(a.SessionId)).Select(a => a.Size).ToListAsync()).Order());
    }
}
