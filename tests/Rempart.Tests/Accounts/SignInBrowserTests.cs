using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task StaffMember_SignsIn_AndLandsOnTheBackOfficeDashboard()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Staff);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        Assert.EndsWith("/compte/connexion", page.Url);
        await page.AssertAccessibleAsync();
        await BrowserFixture.SignInAsync(page, email, BrowserFixture.Password);

        await page.WaitForURLAsync("**/gestion");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Rien à traiter pour le moment")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Dashboard_LoadsEveryScriptAndStyleSheet()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Staff);
        var page = await browser.NewPageAsync();
        var failures = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) failures.Add($"{response.Status} {response.Url}"); };
        page.RequestFailed += (_, request) => failures.Add($"failed {request.Url}");

        await BrowserFixture.SignInAsync(page, email, BrowserFixture.Password);
        await page.WaitForURLAsync("**/gestion");
        await BrowserFixture.WaitForInteractiveAsync(page);

        Assert.Empty(failures);
        Assert.True(await page.EvaluateAsync<bool>("typeof window.Radzen === 'object'"), "Radzen's script did not load");
    }

    [Fact]
    public async Task Dashboard_IsInteractive_TheMenuToggleHidesAndShowsTheSidebar()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Staff);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email, BrowserFixture.Password);
        await page.WaitForURLAsync("**/gestion");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var sidebar = page.Locator(".rz-sidebar");
        await Assertions.Expect(sidebar).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("rz-sidebar-collapsed"));

        // The toggle only works once the Blazor circuit is up: this proves the script stand-in drives the server.
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher ou masquer le menu" }).ClickAsync();

        await Assertions.Expect(sidebar).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("rz-sidebar-collapsed"));
    }

    [Fact]
    public async Task WrongPassword_ShowsAFrenchError_ThatDoesNotTellWhetherTheAccountExists()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Staff);
        var page = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page, email, "pas-le-bon-mot-de-passe");
        var existing = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        await page.AssertAccessibleAsync();
        await BrowserFixture.SignInAsync(page, $"personne-{Guid.NewGuid():N}@test.rempart.local", "pas-le-bon-mot-de-passe");
        var unknown = await page.GetByRole(AriaRole.Alert).InnerTextAsync();

        Assert.Equal("Adresse e-mail ou mot de passe incorrect.", existing.Trim());
        Assert.Equal(existing, unknown);
        Assert.Contains("/compte/connexion", page.Url);
    }

    [Fact]
    public async Task EmptyForm_ShowsFrenchMessagesNextToTheFields()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/compte/connexion");

        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".form-field", new() { Has = page.GetByLabel("Adresse e-mail") }))
            .ToContainTextAsync("Indiquez votre adresse e-mail.");
        await Assertions.Expect(page.Locator(".form-field", new() { Has = page.GetByLabel("Mot de passe") }))
            .ToContainTextAsync("Indiquez votre mot de passe.");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email, BrowserFixture.Password);
        await page.WaitForURLAsync("**/benevole");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync("**/compte/connexion");
        await page.GotoAsync("/benevole");

        Assert.Contains("/compte/connexion", page.Url);
    }

    [Fact]
    public async Task SignInPage_SpeaksEnglish_ToAnEnglishBrowser()
    {
        var page = await browser.NewPageAsync(locale: "en-GB");
        await page.GotoAsync("/compte/connexion");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Circuit_ReconnectsAfterTheNetworkDrops_AndThePageStaysInteractive()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await BrowserFixture.WaitForInteractiveAsync(page);
        var sidebar = page.Locator(".rz-sidebar");

        // The client script is the stand-in (an ASP.NET Core 9 blazor.web.js): its reconnection must still work.
        // Cut the SignalR connection as a network failure would (the hook Blazor's own tests use).
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await Assertions.Expect(page.Locator("#components-reconnect-modal, .components-reconnect-show").First).ToBeAttachedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher ou masquer le menu" }).ClickAsync();

        await Assertions.Expect(sidebar).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("rz-sidebar-collapsed"), new() { Timeout = 20_000 });
    }
}
