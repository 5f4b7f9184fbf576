using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Documents;

[Collection(BrowserCollection.Name)]
public sealed class DocumentsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_ShareAFolderWithAssociations_DropFiles_AndAManagerFindsWordsInsideAPdf()
    {
        var folderName = $"Comptes rendus {Guid.NewGuid():N}"[..28];
        var staff = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await staff.GotoAsync("/documents");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Nouveau dossier" }).ClickAsync();
        var dialog = staff.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Nom du dossier").FillAsync(folderName);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();
        await staff.WaitForURLAsync(url => url.Contains("dossier=", StringComparison.Ordinal));
        await Assertions.Expect(staff.GetByTestId("folder").GetByRole(AriaRole.Heading, new() { Name = folderName })).ToBeVisibleAsync();

        // Its rights: every association manager reads.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Réglages et droits du dossier" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByLabel("Donner un droit à").SelectOptionAsync("Profile");
        await staff.GetByLabel("Qui", new() { Exact = true }).SelectOptionAsync("AssociationManager");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Ajouter le droit" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("grants")).ToContainTextAsync("Espace association : lecture");
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Dossier enregistré.")).ToBeVisibleAsync();

        await staff.GetByRole(AriaRole.Link, new() { Name = folderName }).First.ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.Locator("#document-files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "cr_comite_mars.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf("Comité de mars", "Le niveau d'eau est très élevé dans les douves.") },
            new FilePayload { Name = "facture.pdf", MimeType = "application/pdf", Buffer = TestFiles.Executable() },
        });
        await Assertions.Expect(staff.GetByTestId("upload-results")).ToContainTextAsync("« cr_comite_mars.pdf » ajouté.");
        await Assertions.Expect(staff.GetByTestId("upload-results")).ToContainTextAsync("« facture.pdf » est un programme");
        await Assertions.Expect(staff.GetByTestId("documents").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(staff.GetByTestId("documents")).ToContainTextAsync("cr comite mars");
        await staff.AssertAccessibleAsync();

        var (_, _, association) = await BrowserProgramme.CreateAsync(browser);
        var manager = await browser.NewSignedInPageAsync(association, ProfileKind.AssociationManager);
        await manager.GotoAsync("/documents");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await Assertions.Expect(manager.GetByTestId("folders")).ToContainTextAsync(folderName);
        // "eleve" finds "élevé", once the background indexer has read the PDF (within seconds).
        await manager.GetByLabel("Rechercher dans les documents").FillAsync("eleve douves");
        var marks = manager.GetByTestId("results").Locator("mark");
        for (var attempt = 0; attempt < 30 && await marks.CountAsync() == 0; attempt++)
        {
            await manager.GetByRole(AriaRole.Button, new() { Name = "Recherche" }).ClickAsync();
            await manager.WaitForTimeoutAsync(1_000);
        }
        await Assertions.Expect(manager.GetByTestId("results")).ToContainTextAsync("cr comite mars");
        await Assertions.Expect(manager.GetByTestId("results").Locator("mark").First).ToHaveTextAsync("élevé");
        await manager.AssertAccessibleAsync();

        await manager.GetByTestId("results").GetByRole(AriaRole.Link, new() { Name = "cr comite mars" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "cr comite mars" })).ToBeVisibleAsync();
        // A reader downloads and previews, and is offered nothing to change.
        await Assertions.Expect(manager.GetByTestId("describe")).ToHaveCountAsync(0);
        var href = await manager.GetByRole(AriaRole.Link, new() { Name = "Aperçu" }).GetAttributeAsync("href");
        var preview = await manager.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, preview.Status);
        Assert.Equal("application/pdf", preview.Headers["content-type"]);
        Assert.StartsWith("inline", preview.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("nosniff", preview.Headers["x-content-type-options"]);
        var download = await manager.Context.APIRequest.GetAsync(href!.Replace("?apercu=true", "", StringComparison.Ordinal));
        Assert.StartsWith("attachment", download.Headers["content-disposition"], StringComparison.Ordinal);

        // Someone signed out is sent to sign in; someone without a right gets "not found".
        var anonymous = await browser.NewPageAsync();
        var response = await anonymous.Context.APIRequest.GetAsync(href, new() { MaxRedirects = 0 });
        Assert.Equal(302, response.Status);
        var volunteer = await browser.NewSignedInPageAsync(ProfileKind.Volunteer);
        Assert.Equal(404, (await volunteer.Context.APIRequest.GetAsync(href)).Status);
    }
}
