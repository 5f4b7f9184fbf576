using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Mail;

/// <summary>Editing a template in the browser: a mistake named next to its field, the preview following the text, saved and put back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MailTemplateBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_EditATemplate_SeeTheMistakeAndThePreview_SaveIt_AndPutTheOriginalBack()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await page.GotoAsync("/gestion/courriels");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.AssertAccessibleAsync();
        // A message no other test reads: the shared host's other tests keep their texts.
        await page.GetByRole(AriaRole.Link, new() { Name = "Code de réinitialisation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Code de réinitialisation", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("tokens")).ToContainTextAsync("{{compte.code}}");
        var preview = page.GetByTestId("preview");
        await Assertions.Expect(preview).ToContainTextAsync("123456");

        var subject = page.GetByLabel("Objet", new() { Exact = true });
        await subject.FillAsync("Votre code {{compte.cod}}");
        await subject.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#subject-error")).ToContainTextAsync("Le nom « compte.cod » n'existe pas pour ce message.");
        await subject.FillAsync("Votre code Rempart : {{compte.code}}");
        await subject.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#subject-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("preview-subject")).ToContainTextAsync("Votre code Rempart : 123456");

        var editor = page.Locator(".rz-html-editor-content");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" Bonne journée de la part de {{union.nom}}.");
        await subject.ClickAsync();
        await Assertions.Expect(preview).ToContainTextAsync("Bonne journée de la part de Union REMPART.");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Modèle enregistré.")).ToBeVisibleAsync();
        await page.GotoAsync("/gestion/courriels");
        await Assertions.Expect(page.GetByTestId("mail-templates").Locator("tr", new() { HasTextString = "Code de réinitialisation" })).ToContainTextAsync("Modifié le");
        // The list is prerendered: a click before the circuit takes over can land on a page that then reloads.
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Code de réinitialisation" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Objet", new() { Exact = true })).ToHaveValueAsync("Votre code Rempart : {{compte.code}}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rétablir le texte d'origine" }).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Rétablir le texte d'origine" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Le texte d'origine est rétabli.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Objet", new() { Exact = true })).ToHaveValueAsync("Code de réinitialisation de votre mot de passe");
    }
}
