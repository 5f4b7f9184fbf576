using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class PasskeyBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVolunteerAddsAPasskey_ThenSignsInWithIt_UnlessTheAccountIsDeactivated()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var page = await browser.NewPageAsync();
        // Chromium's virtual authenticator stands in for a phone or a security key (always present, user verified).
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });
        await BrowserFixture.SignInAsync(page, email);
        await page.WaitForURLAsync("**/benevole");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sécurité du compte" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clés d'accès" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Vous n'avez encore aucune clé d'accès.")).ToBeVisibleAsync();
        await page.GetByLabel("Nom de la clé").FillAsync("Ordinateur du bureau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une clé d'accès" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Clé d'accès ajoutée")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".passkey-list li")).ToContainTextAsync("Ordinateur du bureau");
        await page.AssertAccessibleAsync();

        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/compte/connexion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter avec une clé d'accès" }).ClickAsync();
        await page.WaitForURLAsync("**/benevole");
        await using (var db = browser.App.Database.CreateContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.UserId == user.Id && a.Event == AuditEvent.SignInSucceeded && a.Details == "clé d'accès"));
            using var scope = browser.App.Services.CreateScope();
            var admin = TestActors.Holding(null, ProfileKind.SuperAdmin);
            Assert.Null(await scope.ServiceProvider.GetRequiredService<ChangeAccountState>().SetActiveAsync(user.Id, false, admin));
        }

        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/compte/connexion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter avec une clé d'accès" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Connexion avec la clé d'accès impossible");
        Assert.Contains("/compte/connexion", page.Url);
    }
}
