using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class AccountAdministrationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task SuperAdmin_UnlocksALockedAccount_AndFindsItInTheSecurityLog()
    {
        var locked = await browser.CreateUserAsync(ProfileKind.Volunteer);
        using (var scope = browser.App.Services.CreateScope())
        {
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>().FindByEmailAsync(locked))!;
            var failures = scope.ServiceProvider.GetRequiredService<SignInFailures>();
            for (var i = 0; i < 10; i++) await failures.RecordAsync(user.Id, SignInLockout.Default);
        }
        var page = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin);

        await page.GotoAsync("/admin/comptes");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Searchbox).FillAsync(locked);
        var row = page.Locator(".rz-data-row").Filter(new() { HasTextString = locked });
        await Assertions.Expect(row).ToContainTextAsync("Bloqué jusqu'au");
        await page.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Débloquer" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Actif");

        await page.GotoAsync("/admin/journal");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Searchbox).FillAsync(locked);
        await Assertions.Expect(page.Locator(".rz-data-row").Filter(new() { HasTextString = "Compte débloqué" })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();

        // And the person can sign in again.
        var owner = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(owner, locked);
        await owner.WaitForURLAsync("**/benevole");
    }

    [Fact]
    public async Task Staff_WhoAreNotSuperAdmin_CannotOpenTheAccounts()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        await page.GotoAsync("/admin/comptes");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accès refusé" })).ToBeVisibleAsync();
    }
}
