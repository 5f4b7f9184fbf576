using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Mail;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Mail;

/// <summary>A campaign written and sent from the browser: the audience counted as it is chosen, the preview, then the progress of the sending.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CampaignBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_ChooseTheVolunteers_PreviewTheMessage_SendIt_AndFollowItToTheEnd()
    {
        var programme = await ProgrammeFixtures.CreateAsync(browser.App.Database);
        var domain = await CampaignOutboxTests.RegisterAsync(browser.App.Database, programme, "2027-08-02",
            ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.Confirmed), ("Chloé", RegistrationStage.Confirmed), ("Dan", RegistrationStage.UnderReview));
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        await page.GotoAsync("/gestion/campagnes/nouvelle");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Saison").SelectOptionAsync("2027");
        await page.GetByLabel("Association", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = programme.Association.Name });
        await Assertions.Expect(page.GetByTestId("audience-count")).ToContainTextAsync("3 personne(s)");
        await BrowserFixture.CheckAsync(page.GetByLabel("en cours d'examen"));
        await Assertions.Expect(page.GetByTestId("audience-count")).ToContainTextAsync("4 personne(s)");
        await page.GetByLabel("en cours d'examen").UncheckAsync();
        await Assertions.Expect(page.GetByTestId("audience-count")).ToContainTextAsync("3 personne(s)");

        await page.GetByLabel("Nom de la campagne").FillAsync("Rentrée des chantiers");
        var subject = page.GetByLabel("Objet", new() { Exact = true });
        await subject.FillAsync("La saison 2027 de l'{{union.nom}}");
        await subject.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("preview-subject")).ToContainTextAsync("La saison 2027 de l'Union REMPART");
        await Assertions.Expect(page.GetByTestId("preview")).ToContainTextAsync("Bonjour Alix,");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la campagne" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/gestion/campagnes/", StringComparison.Ordinal) && !url.EndsWith("/nouvelle", StringComparison.Ordinal));
        var sentId = page.Url.Split('/').Last();
        var bar = page.GetByRole(AriaRole.Progressbar, new() { Name = "Avancement de l'envoi" });
        await Assertions.Expect(bar).ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("campaign-state")).ToContainTextAsync("Terminée — 3 envoyé(s) sur 3");
        await Assertions.Expect(page.GetByTestId("recipients").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.AssertAccessibleAsync();
        Assert.Equal(3, SmtpServer.Shared.MessagesTo(domain).Count);

        await page.GotoAsync("/gestion/campagnes");
        await Assertions.Expect(page.GetByTestId("campaigns")).ToContainTextAsync("Rentrée des chantiers");

        // A campaign set for next month can still be called off.
        var later = "<p>Bonjour {{volontaire.prenom}}</p>";
        var (scheduled, _) = await browser.App.Services.GetRequiredService<CampaignOutbox>().StartAsync(
            new CampaignDraft("Rappel d'automne", "Rappel", later, new CampaignAudience(AssociationId: programme.Association.Id), "Tous", DateTime.UtcNow.AddDays(30)), later,
            TestActors.Holding(null, ProfileKind.Staff));
        await page.GotoAsync($"/gestion/campagnes/{scheduled!.Id}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("campaign-state")).ToContainTextAsync("Programmée");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler la campagne" }).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Annuler la campagne" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("campaign-state")).ToContainTextAsync("Annulée — 0 envoyé(s) sur 4");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Annuler la campagne" })).ToHaveCountAsync(0);

        // A new campaign may start from an earlier one's text.
        await page.GotoAsync("/gestion/campagnes/nouvelle");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Partir d'une campagne précédente").SelectOptionAsync(sentId);
        await Assertions.Expect(page.GetByLabel("Objet", new() { Exact = true })).ToHaveValueAsync("La saison 2027 de l'{{union.nom}}");
        await Assertions.Expect(page.GetByLabel("Nom de la campagne")).ToHaveValueAsync("Rentrée des chantiers (copie)");
        await Assertions.Expect(page.GetByTestId("preview-subject")).ToContainTextAsync("La saison 2027 de l'Union REMPART");
    }
}
