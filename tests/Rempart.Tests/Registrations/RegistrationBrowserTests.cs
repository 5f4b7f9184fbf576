using System.Net;
using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Registrations;

/// <summary>The path of a registration in a real browser, from the public form to a confirmed place.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistrationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVisitor_PreRegisters_IsAccepted_FillsTheFile_AndIsConfirmedWhenTheDocumentIsAccepted()
    {
        var (session, programme) = await BrowserRegistrations.PublishedSessionAsync(browser, requiresIdentityDocument: true);
        var email = $"ines-{Guid.NewGuid():N}@test.rempart.local";

        // 1. The public form, as a visitor: a mistake first, then the captcha and the whole form.
        var visitor = await browser.NewPageAsync();
        var refusedByThePolicy = ContentSecurityPolicyBrowserTests.Watch(visitor);
        await visitor.GotoAsync($"/inscription/{session.Id}");
        await Assertions.Expect(visitor.GetByText("Restauration des courtines – Château de Guédelon")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.GetByLabel("Prénom").Last.FillAsync("Inès");
        await visitor.GetByLabel("Nom", new() { Exact = true }).Last.FillAsync("Moreau");
        await visitor.GetByLabel("Adresse e-mail").Last.FillAsync("pas-une-adresse");
        await visitor.GetByLabel("Date de naissance").FillAsync("2001-04-12");
        await ForgotPasswordBrowserTests.SolveCaptchaAsync(visitor);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer la pré-inscription" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Cette adresse e-mail n'est pas valide.")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Cochez cette case pour que nous puissions traiter la demande.")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();

        await visitor.GetByLabel("Adresse e-mail").Last.FillAsync(email);
        await BrowserFixture.CheckAsync(visitor.GetByLabel("J'accepte que l'Union REMPART conserve ces informations"));
        await ForgotPasswordBrowserTests.SolveCaptchaAsync(visitor);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer la pré-inscription" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("l'association va l'examiner");
        await visitor.AssertAccessibleAsync();

        // 2. The mail: what comes next, and the link to activate the account made for her.
        var received = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email)));
        Assert.Contains("Nous avons bien reçu la pré-inscription de Inès Moreau", StripTags(received));
        await visitor.GotoAsync(new Uri(MailText.FirstLink(received)).PathAndQuery);
        await visitor.GetByLabel("Nouveau mot de passe").FillAsync(BrowserFixture.Password);
        await visitor.GetByLabel("Confirmez le mot de passe").FillAsync(BrowserFixture.Password);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Activer mon compte" }).ClickAsync();
        await visitor.WaitForURLAsync(url => url.Contains("/compte/activer/termine"));

        // 3. The organising association accepts it.
        var manager = await browser.NewSignedInPageAsync(programme.Association.Id, ProfileKind.AssociationManager);
        await manager.GotoAsync("/association/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Inès Moreau" }).ClickAsync();
        await BrowserFixture.WaitForCircuitAsync(manager);
        await Assertions.Expect(manager.GetByTestId("stage")).ToHaveTextAsync("en cours d'examen");
        await manager.AssertAccessibleAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("stage")).ToHaveTextAsync("acceptée");
        var accepted = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "acceptée")));
        Assert.Contains("complétez maintenant votre dossier", accepted);

        // 4. She fills in her file, sends her identity document, and sends the file.
        await BrowserFixture.SignInAsync(visitor, email);
        await visitor.WaitForURLAsync(url => url.EndsWith("/benevole", StringComparison.Ordinal));
        // Her home says what to do next, and leads there.
        await Assertions.Expect(visitor.GetByText("complétez maintenant votre dossier d'inscription")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await BrowserFixture.WaitForInteractiveAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Compléter mon dossier" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(visitor);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon dossier" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Indiquez l'adresse.")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Documents à envoyer : Pièce d'identité.")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.GetByLabel("Adresse", new() { Exact = true }).FillAsync("3 rue des Remparts");
        await visitor.GetByLabel("Code postal").FillAsync("21000");
        await visitor.GetByLabel("Ville").FillAsync("Dijon");
        await visitor.GetByLabel("Personne à prévenir").FillAsync("Paul Moreau");
        await visitor.GetByLabel("Son téléphone").FillAsync("06 11 22 33 44");
        await visitor.GetByLabel("Choisir un fichier pour « Pièce d'identité »").SetInputFilesAsync(new FilePayload
        {
            Name = "carte.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await Assertions.Expect(visitor.GetByTestId("status-IdentityDocument")).ToContainTextAsync("Envoyé");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon dossier" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Dossier envoyé le")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();

        // 5. The union's staff accept the document: the file is complete, nothing to pay, the registration is confirmed.
        var staff = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await staff.GotoAsync("/gestion/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByLabel("Afficher", new() { Exact = true }).SelectOptionAsync("InProgress");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Inès Moreau" }).ClickAsync();
        await BrowserFixture.WaitForCircuitAsync(staff);
        await Assertions.Expect(staff.GetByTestId("review-IdentityDocument")).ToHaveTextAsync("à vérifier");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Accepter le document" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("stage")).ToHaveTextAsync("confirmée");
        await Assertions.Expect(staff.GetByRole(AriaRole.Cell, new() { Name = "documents attendus → confirmée" })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "confirmée");

        // 6. Her space shows it confirmed, with what comes next.
        await visitor.GotoAsync("/benevole/inscriptions");
        await Assertions.Expect(visitor.GetByText("Étape : confirmée")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("à bientôt sur le chantier")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        // The captcha's worker, the upload and every page of the path ran under the Content-Security-Policy.
        Assert.Empty(refusedByThePolicy);
    }

    [Fact]
    public async Task AParent_PreRegistersTheirChild_WithTheirOwnAddress_ConsentsAndSendsTheAuthorisation_AndTheChildIsConfirmed()
    {
        var (session, programme) = await BrowserRegistrations.PublishedSessionAsync(browser, minimumAge: 15, acceptAutomatically: true);
        var parent = $"parent-{Guid.NewGuid():N}@test.rempart.local";

        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/inscription/{session.Id}");
        await BrowserFixture.CheckAsync(page.GetByLabel("J'inscris quelqu'un d'autre"));
        await page.GetByLabel("Prénom").First.FillAsync("Claire");
        await page.GetByLabel("Nom", new() { Exact = true }).First.FillAsync("Bernard");
        await page.GetByLabel("Adresse e-mail").First.FillAsync(parent);
        await page.GetByLabel("Prénom").Last.FillAsync("Léo");
        await page.GetByLabel("Nom", new() { Exact = true }).Last.FillAsync("Bernard");
        await page.GetByLabel("Adresse e-mail").Last.FillAsync(parent);
        await page.GetByLabel("Date de naissance").FillAsync(session.StartDate.AddYears(-16).ToString("yyyy-MM-dd"));
        await BrowserFixture.CheckAsync(page.GetByLabel("J'accepte que l'Union REMPART conserve ces informations"));
        await ForgotPasswordBrowserTests.SolveCaptchaAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la pré-inscription" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("est acceptée et la place réservée");

        // One mail for the one address, with the parent's activation link; the child has no account of his own.
        var mail = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(parent)));
        Assert.Contains("Léo Bernard", mail);
        await page.GotoAsync(new Uri(MailText.FirstLink(mail)).PathAndQuery);
        await page.GetByLabel("Nouveau mot de passe").FillAsync(BrowserFixture.Password);
        await page.GetByLabel("Confirmez le mot de passe").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer mon compte" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/compte/activer/termine"));
        await BrowserFixture.SignInAsync(page, parent);
        await page.WaitForURLAsync(url => url.EndsWith("/benevole", StringComparison.Ordinal));
        await page.GotoAsync("/benevole/inscriptions");

        await Assertions.Expect(page.GetByText("Pour Léo Bernard")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Étape : acceptée")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Léo will be 16 at the session but is 13 today: his file needs a parental authorisation, and
        // both his parent's consent and his own (under 15, French law asks for the two together).
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Compléter mon dossier" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("8 place du Marché");
        await page.GetByLabel("Code postal").FillAsync("89520");
        await page.GetByLabel("Ville").FillAsync("Treigny");
        await page.GetByLabel("Personne à prévenir").FillAsync("Claire Bernard");
        await page.GetByLabel("Son téléphone").FillAsync("06 98 76 54 32");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon dossier" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Le parent ou représentant légal doit donner son accord.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Avant 15 ans, le ou la jeune donne aussi son accord")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Documents à envoyer : Autorisation parentale.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Nom du parent ou représentant légal").FillAsync("Claire Bernard");
        await BrowserFixture.CheckAsync(page.GetByLabel("En tant que parent ou représentant légal, j'autorise"));
        await BrowserFixture.CheckAsync(page.GetByLabel("Moi, le ou la jeune, je suis d'accord"));
        await page.GetByLabel("Choisir un fichier pour « Autorisation parentale »").SetInputFilesAsync(new FilePayload
        {
            Name = "autorisation.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'],
        });
        await Assertions.Expect(page.GetByTestId("status-ParentalAuthorisation")).ToContainTextAsync("Envoyé");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon dossier" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Dossier envoyé le")).ToBeVisibleAsync();

        // The organising association checks the authorisation: the registration is confirmed.
        var manager = await browser.NewSignedInPageAsync(programme.Association.Id, ProfileKind.AssociationManager);
        await manager.GotoAsync("/association/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await manager.GetByLabel("Afficher", new() { Exact = true }).SelectOptionAsync("InProgress");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Léo Bernard" }).ClickAsync();
        await BrowserFixture.WaitForCircuitAsync(manager);
        await Assertions.Expect(manager.GetByText("Claire Bernard : accord donné")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByText("Accord du ou de la jeune donné")).ToBeVisibleAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Accepter le document" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("stage")).ToHaveTextAsync("confirmée");

        await page.GotoAsync("/benevole/inscriptions");
        await Assertions.Expect(page.GetByText("Étape : confirmée")).ToBeVisibleAsync();
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");
}
