using System.Net;
using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Tests.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Registrations;

/// <summary>The path of a registration in a real browser, from the public form to a confirmed place.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistrationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVisitor_PreRegisters_ActivatesTheirAccount_IsAcceptedAndConfirmedByStaff_AndSeesItInTheirSpace()
    {
        var (session, programme) = await PublishedSessionAsync();
        var email = $"ines-{Guid.NewGuid():N}@test.rempart.local";

        // 1. The public form, as a visitor: a mistake first, then the captcha and the whole form.
        var visitor = await browser.NewPageAsync();
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
        await visitor.GetByLabel("J'accepte que l'Union REMPART conserve ces informations").CheckAsync();
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

        // 3. The organising association accepts it; the union's staff confirm it (nothing to pay yet).
        var manager = await browser.NewSignedInPageAsync(programme.Association.Id, ProfileKind.AssociationManager);
        await manager.GotoAsync("/association/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Inès Moreau" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("stage")).ToHaveTextAsync("en cours d'examen");
        await manager.AssertAccessibleAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Accepter" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("stage")).ToHaveTextAsync("acceptée");
        var accepted = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "acceptée")));
        Assert.Contains("votre place réservée", accepted);

        var staff = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await staff.GotoAsync("/gestion/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByLabel("Afficher", new() { Exact = true }).SelectOptionAsync("InProgress");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Inès Moreau" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'inscription" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("stage")).ToHaveTextAsync("confirmée");
        await Assertions.Expect(staff.GetByRole(AriaRole.Cell, new() { Name = "acceptée → confirmée" })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();

        // 4. Her space shows it confirmed, with what comes next.
        await BrowserFixture.SignInAsync(visitor, email);
        await visitor.WaitForURLAsync(url => url.EndsWith("/benevole", StringComparison.Ordinal));
        await visitor.GotoAsync("/benevole/inscriptions");
        await Assertions.Expect(visitor.GetByText("Étape : confirmée")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("à bientôt sur le chantier")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AParent_PreRegistersTheirChild_WithTheirOwnAddress_AndFollowsItInTheirSpace()
    {
        var (session, _) = await PublishedSessionAsync(minimumAge: 15, acceptAutomatically: true);
        var parent = $"parent-{Guid.NewGuid():N}@test.rempart.local";

        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/inscription/{session.Id}");
        await page.GetByLabel("J'inscris quelqu'un d'autre").CheckAsync();
        await page.GetByLabel("Prénom").First.FillAsync("Claire");
        await page.GetByLabel("Nom", new() { Exact = true }).First.FillAsync("Bernard");
        await page.GetByLabel("Adresse e-mail").First.FillAsync(parent);
        await page.GetByLabel("Prénom").Last.FillAsync("Léo");
        await page.GetByLabel("Nom", new() { Exact = true }).Last.FillAsync("Bernard");
        await page.GetByLabel("Adresse e-mail").Last.FillAsync(parent);
        await page.GetByLabel("Date de naissance").FillAsync(session.StartDate.AddYears(-16).ToString("yyyy-MM-dd"));
        await page.GetByLabel("J'accepte que l'Union REMPART conserve ces informations").CheckAsync();
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
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");

    private async Task<(Session Session, ProgrammeFixtures Programme)> PublishedSessionAsync(int minimumAge = 18, bool acceptAutomatically = false)
    {
        var programme = await ProgrammeFixtures.CreateAsync(browser.App.Database);
        // 2029: a season of its own, so other browser tests' sessions never share its days.
        var session = programme.NewSession("2029-07-02", "2029-07-15");
        session.Status = SessionStatus.Published;
        session.Capacity = 4;
        session.MinimumAge = minimumAge;
        session.AcceptAutomatically = acceptAutomatically;
        await using var db = browser.App.Database.CreateContext();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return (session, programme);
    }
}
