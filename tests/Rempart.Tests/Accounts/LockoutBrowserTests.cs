using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class LockoutBrowserTests(BrowserFixture browser)
{
    private const string Refused = "Adresse e-mail ou mot de passe incorrect.";

    [Fact]
    public async Task TenWrongPasswords_LockTheAccount_SayTheSameAsAnyFailure_AndMailTheOwner()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var page = await browser.NewPageAsync();

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            await BrowserFixture.SignInAsync(page, email, $"mauvais-mot-de-passe-{attempt}");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);
        }
        await BrowserFixture.SignInAsync(page, email, BrowserFixture.Password);

        // The right password, now: refused with the same words, the account is locked.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);
        var notice = MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email));
        Assert.Contains("est bloqué pendant 24 heures", notice);
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<RempartDbContext>>().CreateDbContextAsync();
        var events = await db.AuditEntries.Where(a => a.Email == email).Select(a => a.Event).ToListAsync();
        Assert.Equal(11, events.Count(e => e == AuditEvent.SignInFailed));
        Assert.Equal(1, events.Count(e => e == AuditEvent.AccountLockedOut));
        Assert.DoesNotContain(AuditEvent.SignInSucceeded, events);
    }

    [Fact]
    public async Task DeactivatedAccount_CannotSignIn_AndGetsTheSameAnswer()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Staff);
        using (var scope = browser.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }
        var page = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page, email, BrowserFixture.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Refused);
        Assert.Contains("/compte/connexion", page.Url);
    }
}
