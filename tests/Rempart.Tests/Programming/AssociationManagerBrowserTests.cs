using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

[Collection(BrowserCollection.Name)]
public sealed class AssociationManagerBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_SeesAndEditsOnlyTheirOwnAssociationsSessions()
    {
        var (own, ownSessions, association) = await BrowserProgramme.CreateAsync(browser, ("2027-07-05", "2027-07-12"));
        var (other, otherSessions, _) = await BrowserProgramme.CreateAsync(browser, ("2027-07-05", "2027-07-12"));
        var page = await browser.NewSignedInPageAsync(association, ProfileKind.AssociationManager);

        await page.GotoAsync("/association/sessions");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".rz-data-row").Filter(new() { HasTextString = own })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".rz-data-row").Filter(new() { HasTextString = other })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        // Another association's session: the same "not found" page as a missing one, with a 404.
        var response = await page.GotoAsync($"/association/sessions/{otherSessions[0]}");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page introuvable" })).ToBeVisibleAsync();

        await page.GotoAsync($"/association/sessions/{ownSessions[0]}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.Locator(".rz-form-field").Filter(new() { HasTextString = "Capacité (places)" }).Locator("input").FillAsync("15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Modifications enregistrées.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Manager_CannotOpenTheSitesOfTheBackOffice()
    {
        var (_, _, association) = await BrowserProgramme.CreateAsync(browser);
        var page = await browser.NewSignedInPageAsync(association, ProfileKind.AssociationManager);

        await page.GotoAsync("/gestion/sites");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accès refusé" })).ToBeVisibleAsync();
    }
}
