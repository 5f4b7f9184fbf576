using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class ProfilesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task SuperAdmin_ComposesAProfileFromThePermissionCatalogue()
    {
        var name = $"Trésorerie {Guid.NewGuid():N}"[..20];
        var page = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin);

        await page.GotoAsync("/admin/profils");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".rz-data-row").Filter(new() { HasTextString = "Salarié de l'Union" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nouveau profil" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Indiquez le nom du profil.")).ToBeVisibleAsync();

        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync(name);
        // Committed before the boxes are ticked: the re-render its change causes must not catch a box mid-click.
        await page.GetByLabel("Nom", new() { Exact = true }).PressAsync("Tab");
        var payments = page.GetByLabel("Enregistrer des paiements et des remboursements");
        var accounting = page.GetByLabel("Consulter la comptabilité et les exports");
        await BrowserFixture.CheckAsync(payments);
        await BrowserFixture.CheckAsync(accounting);
        await Assertions.Expect(payments).ToBeCheckedAsync();
        await Assertions.Expect(accounting).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await BrowserFixture.SaveAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }),
            url => url.EndsWith("/admin/profils", StringComparison.Ordinal), async () =>
            {
                using var scope = browser.App.Services.CreateScope();
                return await scope.ServiceProvider.GetRequiredService<RoleManager<RempartRole>>().FindByNameAsync(name) is not null;
            });
        var row = page.Locator(".rz-data-row").Filter(new() { HasTextString = name });
        await Assertions.Expect(row).ToContainTextAsync("Gestion (salariés de l'Union)");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("2");
    }

    [Fact]
    public async Task ARevokedPermission_ClosesTheOpenPage_WithinTheRevalidationInterval()
    {
        var admin = TestActors.Holding(null, ProfileKind.SuperAdmin);
        var profile = new ProfileDraft { Name = $"Prog {Guid.NewGuid():N}"[..16], Kind = ProfileKind.Staff, Permissions = [Permissions.SessionsEdit] };
        var email = await browser.CreateUserAsync();
        using (var scope = browser.App.Services.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SaveProfile>().ExecuteAsync(profile, admin));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, profile.Name);
        }
        var page = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        await page.WaitForURLAsync("**/gestion");
        await page.GotoAsync("/gestion/sessions/nouvelle");
        await BrowserFixture.WaitForInteractiveAsync(page);

        profile.Permissions.Clear();
        using (var scope = browser.App.Services.CreateScope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SaveProfile>().ExecuteAsync(profile, admin));

        // No reload, no click: the open circuit notices and sends the person to sign in again.
        await page.WaitForURLAsync("**/compte/connexion**", new() { Timeout = 15_000 });
    }
}
