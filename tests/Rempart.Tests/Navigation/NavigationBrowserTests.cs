using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Navigation;

[Collection(BrowserCollection.Name)]
public sealed class NavigationBrowserTests(BrowserFixture browser)
{
    private static async Task<IReadOnlyList<string>> MenuEntriesAsync(IPage page)
    {
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).Locator(".rz-navigation-item-text");
        await Assertions.Expect(menu.First).ToBeVisibleAsync();
        return (await menu.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
    }

    [Fact]
    public async Task Volunteer_SeesOnlyTheirOwnSpace()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Volunteer);

        Assert.EndsWith("/benevole", page.Url);
        Assert.Equal(["Mon espace bénévole", "Mes inscriptions", "Messages"], await MenuEntriesAsync(page));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Staff_SeesTheBackOfficeAndTheExtranet_ButNotTheAdministration()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        Assert.Equal(["Gestion", "Sites", "Carte", "Chantiers", "Sessions", "Calendrier", "Animateurs", "Répartition des places", "Inscriptions", "Tarifs", "Commandes et factures", "Comptabilité", "Assurances", "Campagnes", "Modèles d'e-mails", "Documents", "Extranet", "Calendrier"], await MenuEntriesAsync(page));
    }

    [Fact]
    public async Task AssociationManager_SeesTheirAssociation_AndLandsThere()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.AssociationManager);

        Assert.EndsWith("/association", page.Url);
        Assert.Equal(["Mon association", "Chantiers", "Sessions", "Calendrier", "Nos places", "Inscriptions", "Campagnes", "Messages", "Documents"], await MenuEntriesAsync(page));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Volunteer_OpeningTheBackOffice_IsToldAccessIsDenied()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Volunteer);

        await page.GotoAsync("/gestion");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accès refusé" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task UnknownAddress_ShowsTheFrenchNotFoundPage()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/cette-page-n-existe-pas");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page introuvable" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task MenuLinks_NavigateWithoutReloadingThePage()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.EvaluateAsync("window.__rempartMarker = 42");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByText("Extranet").ClickAsync();
        await page.WaitForURLAsync("**/extranet");

        // The marker survives: the interactive router changed the page, the browser did not reload it.
        Assert.Equal(42, await page.EvaluateAsync<int>("window.__rempartMarker"));
        await Assertions.Expect(page.Locator(".breadcrumbs")).ToContainTextAsync("Extranet");
        await page.AssertAccessibleAsync();
    }
}
