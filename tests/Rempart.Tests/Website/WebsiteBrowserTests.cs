using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Website;
using Rempart.Domain.Accounts;
using Rempart.Tests.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Website;

/// <summary>The super-admin's "Website" screen: what waits for WordPress and why, a resync, and webhook subscriptions with their secret shown once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebsiteBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheSuperAdmin_SeesWhatWaits_ResendsAnItem_AndSubscribesAConsumerWhoseSecretShowsOnce()
    {
        var session = await ProgrammeFixtures.PublishedSessionAsync(browser.App.Database, "2032-07-05", "2032-07-18");
        await browser.App.Services.GetRequiredService<DetectWebsiteChanges>().ExecuteAsync();
        var page = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin);
        var violations = ContentSecurityPolicyBrowserTests.Watch(page);
        await page.GotoAsync("/admin/site-web");
        await BrowserFixture.WaitForInteractiveAsync(page);

        // No WordPress in this host: said plainly; the changes are followed all the same.
        await Assertions.Expect(page.GetByTestId("wordpress-off")).ToContainTextAsync("Aucun site WordPress n'est configuré");
        var row = page.GetByTestId("website-items").Locator("tr").Filter(new() { HasTextString = "05/07/2032" });
        await Assertions.Expect(row).ToContainTextAsync("À envoyer");
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByText("Sera renvoyé à la prochaine synchronisation.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // A subscription: wrong fields are said next to them, nothing is made.
        await page.GetByLabel("Nom (qui le reçoit)").FillAsync("");
        await page.GetByLabel("Adresse").FillAsync("ftp://partenaire.fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'abonnement" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hook-url-error")).ToContainTextAsync("adresse web complète");
        await Assertions.Expect(page.Locator("#hook-name-error")).ToContainTextAsync("Donnez un nom");
        var name = $"Office de tourisme {session.Id.ToString()[..6]}";
        await page.GetByLabel("Nom (qui le reçoit)").FillAsync(name);
        await page.GetByLabel("Adresse").FillAsync("https://tourisme.example.org/rempart");
        await page.GetByLabel("Places libres ou ouverture des inscriptions changées").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'abonnement" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-webhook-secret")).ToContainTextAsync("whsec_");
        var subscription = page.GetByTestId("webhooks").Locator("tr").Filter(new() { HasTextString = name });
        await Assertions.Expect(subscription).ToContainTextAsync("session.disponibilite");

        // Deleted after a confirmation.
        await subscription.GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Supprimer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("webhooks").Locator("tr").Filter(new() { HasTextString = name })).ToHaveCountAsync(0);
        Assert.Empty(violations);
    }
}
