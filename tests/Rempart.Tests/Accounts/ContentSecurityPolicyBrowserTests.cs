using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

/// <summary>
/// The policy forbids inline scripts: pages must still work under it. Chromium reports every
/// refused script, style or worker on the console; these pages, used as people use them, report none.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AccountPages_AndTheCaptchaWorker_RunUnderThePolicy()
    {
        var page = await browser.NewPageAsync();
        var violations = Watch(page);

        await page.GotoAsync("/compte/connexion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await ForgotPasswordBrowserTests.SolveCaptchaAsync(page);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task InteractiveBackOfficeAndAdministrationPages_RunUnderThePolicy()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin, ProfileKind.Staff);
        var violations = Watch(page);

        foreach (var address in new[] { "/gestion", "/gestion/sites", "/gestion/sessions/nouvelle", "/gestion/calendrier", "/gestion/carte", "/gestion/places", "/gestion/places/remplissage",
                     "/gestion/inscriptions", "/gestion/tarifs", "/gestion/tarifs/simulateur", "/gestion/factures", "/gestion/comptabilite", "/gestion/comptabilite/tableau-de-bord", "/gestion/assurances", "/gestion/courriels", "/gestion/courriels/inscription-confirmee", "/gestion/campagnes", "/gestion/campagnes/nouvelle", "/documents", "/mes-exports", "/admin/donnees-personnelles", "/admin/taches", "/admin/courriels-envoyes", "/admin/site-web", "/admin/comptes/nouveau", "/admin/profils/nouveau" })
        {
            await page.GotoAsync(address);
            await BrowserFixture.WaitForInteractiveAsync(page);
        }
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Essai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/profils");

        Assert.Empty(violations);
    }

    /// <summary>Collects the policy's refusals reported on the page's console.</summary>
    internal static List<string> Watch(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        return violations;
    }
}
