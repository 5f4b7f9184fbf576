using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class InvitationBrowserTests(BrowserFixture browser)
{
    private const string ChosenPassword = "Les remparts de Provins 2027";

    [Fact]
    public async Task AnAdminCreatesAnExtranetAccount_ThePersonActivatesItFromTheMail_AndSignsIn()
    {
        var email = $"stagiaire-{Guid.NewGuid():N}@test.rempart.local";
        var admin = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin);

        await admin.GotoAsync("/admin/comptes");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Nouveau compte" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await admin.GetByLabel("Adresse e-mail").FillAsync(email);
        await admin.GetByLabel("Nom", new() { Exact = true }).FillAsync("Jeanne Stagiaire");
        await admin.GetByText("Membre de l'extranet (Extranet)").ClickAsync();
        await admin.GetByText("Stagiaires", new() { Exact = true }).ClickAsync();
        await admin.AssertAccessibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await admin.WaitForURLAsync("**/admin/comptes");
        await admin.GetByRole(AriaRole.Searchbox).FillAsync(email);
        await Assertions.Expect(admin.Locator(".rz-data-row").Filter(new() { HasTextString = email })).ToContainTextAsync("Invitation en attente");

        var link = MailText.FirstLink(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email)));
        Assert.StartsWith(browser.BaseAddress.ToString().TrimEnd('/') + "/compte/activer", link);

        var person = await browser.NewPageAsync();
        await person.GotoAsync(link);
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Activer mon compte" })).ToBeVisibleAsync();
        await person.AssertAccessibleAsync();
        await person.GetByLabel("Nouveau mot de passe").FillAsync(ChosenPassword);
        await person.GetByLabel("Confirmez le mot de passe").FillAsync(ChosenPassword);
        await person.GetByRole(AriaRole.Button, new() { Name = "Activer mon compte" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Compte activé" })).ToBeVisibleAsync();

        // The link served once.
        await person.GotoAsync(link);
        await person.GetByLabel("Nouveau mot de passe").FillAsync("Une autre phrase encore 2028");
        await person.GetByLabel("Confirmez le mot de passe").FillAsync("Une autre phrase encore 2028");
        await person.GetByRole(AriaRole.Button, new() { Name = "Activer mon compte" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ce lien d'activation n'est plus valable");

        await BrowserFixture.SignInAsync(person, email, ChosenPassword);
        await person.WaitForURLAsync("**/extranet");
    }
}
