using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class ForgotPasswordBrowserTests(BrowserFixture browser)
{
    private const string NewPassword = "Nouveau-mot-de-passe-2027";

    [Fact]
    public async Task ForgottenPassword_MailsAResetLink_ThatSetsANewPassword_AndWorksOnlyOnce()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/compte/connexion");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await SolveCaptchaAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vérifiez votre messagerie" })).ToBeVisibleAsync();

        var message = await SmtpServer.Shared.WaitForMessageToAsync(email);
        var link = MailText.FirstLink(MailText.BodyOf(message));
        Assert.StartsWith(browser.BaseAddress.ToString().TrimEnd('/') + "/compte/reinitialiser-mot-de-passe", link);

        await page.GotoAsync(link);
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Nouveau mot de passe").FillAsync(NewPassword);
        await page.GetByLabel("Confirmez le mot de passe").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le mot de passe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mot de passe modifié" })).ToBeVisibleAsync();

        // The same link a second time: refused, with a way to ask for a new one.
        await page.GotoAsync(link);
        await page.GetByLabel("Nouveau mot de passe").FillAsync("Encore-un-autre-2028");
        await page.GetByLabel("Confirmez le mot de passe").FillAsync("Encore-un-autre-2028");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le mot de passe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce lien n'est plus valable");

        await BrowserFixture.SignInAsync(page, email, NewPassword);
        await page.WaitForURLAsync("**/benevole");
    }

    [Fact]
    public async Task ForgottenPassword_ForAnUnknownAddress_AnswersTheSame_AndSendsNothing()
    {
        var unknown = $"inconnu-{Guid.NewGuid():N}@test.rempart.local";
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/compte/mot-de-passe-oublie");
        await page.GetByLabel("Adresse e-mail").FillAsync(unknown);
        await SolveCaptchaAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vérifiez votre messagerie" })).ToBeVisibleAsync();
        await Assert.ThrowsAsync<TimeoutException>(() => SmtpServer.Shared.WaitForMessageToAsync(unknown, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task ResetForm_WithATooShortPassword_SaysWhyNextToTheForm()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/compte/mot-de-passe-oublie");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await SolveCaptchaAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();
        var link = MailText.FirstLink(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email)));

        await page.GotoAsync(link);
        await page.GetByLabel("Nouveau mot de passe").FillAsync("court1");
        await page.GetByLabel("Confirmez le mot de passe").FillAsync("court1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le mot de passe" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("au moins 12 caractères");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ForgottenPassword_WithoutTheCaptcha_SendsNothing_AndSaysWhatToDo()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/compte/mot-de-passe-oublie");

        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Cochez « Je ne suis pas un robot »")).ToBeVisibleAsync();
        await Assert.ThrowsAsync<TimeoutException>(() => SmtpServer.Shared.WaitForMessageToAsync(email, TimeSpan.FromSeconds(2)));
        await page.AssertAccessibleAsync();
    }

    /// <summary>Ticks the ALTCHA box and waits for the browser's proof of work to finish.</summary>
    internal static async Task SolveCaptchaAsync(IPage page)
    {
        // A click before the widget's script has defined it does nothing: wait for it first. Under the
        // whole suite's load, the proof of work in the browser takes longer than a usual expectation.
        await page.WaitForFunctionAsync("() => customElements.get('altcha-widget') !== undefined");
        await page.Locator("altcha-widget label").GetByText("Je ne suis pas un robot").ClickAsync();
        await Assertions.Expect(page.Locator("input[name=altcha]")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(".{20,}"), new() { Timeout = 30_000 });
    }
}
