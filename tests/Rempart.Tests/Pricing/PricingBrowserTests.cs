using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Places;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Pricing;

[Collection(BrowserCollection.Name)]
public sealed class PricingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_CreateAProductAndItsRates_ThenTheSimulatorShowsAReturningVolunteerTheirRateAndWhy()
    {
        var programme = await ProgrammeFixtures.CreateAsync(browser.App.Database);
        var last = programme.NewSession("2028-07-03", "2028-07-16");
        var next = programme.NewSession("2029-08-06", "2029-08-19");
        (last.Status, next.Status) = (SessionStatus.Published, SessionStatus.Published);
        var surname = $"Tarif{Guid.NewGuid():N}"[..14];
        var volunteer = new Volunteer { FirstName = "Élise", LastName = surname, Email = $"{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(2004, 4, 4) };
        await using (var db = browser.App.Database.CreateContext())
        {
            db.Sessions.AddRange(last, next);
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
        }
        using (var scope = browser.App.Services.CreateScope())
        {
            var past = (await scope.ServiceProvider.GetRequiredService<HoldPlace>().ExecuteAsync(last.Id, volunteer.Id, null, ProgrammeFixtures.Staff, confirm: true)).Registration!;
            await using var db = browser.App.Database.CreateContext();
            await db.Registrations.Where(r => r.Id == past.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, RegistrationStage.Attended));
        }
        var product = $"Séjour {Guid.NewGuid():N}"[..16];
        try
        {
            await EditRulesAndSimulateAsync(product, next, surname);
        }
        finally
        {
            // Generic products are offered on every session: the other browser tests share this host's catalogue.
            await using var db = browser.App.Database.CreateContext();
            await db.Products.Where(p => p.Name == product).ExecuteUpdateAsync(s => s.SetProperty(p => p.Active, false));
        }
    }

    private async Task EditRulesAndSimulateAsync(string product, Session next, string surname)
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        await page.GotoAsync("/gestion/tarifs");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Indiquez le nom du produit.")).ToBeVisibleAsync();
        await page.GetByLabel("Nom du produit").FillAsync(product);
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Frais de séjour" });
        await BrowserFixture.CheckAsync(page.GetByLabel("Obligatoire"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Tarifs de « {product} »" })).ToBeVisibleAsync();

        await page.GetByLabel("Nom du tarif").FillAsync("tarif normal");
        await Price(page).FillAsync("150");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "tarif normal", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Nom du tarif").FillAsync("tarif bénévole fidèle");
        await Price(page).FillAsync("95,50");
        await page.GetByLabel("Condition automatique").SelectOptionAsync(new SelectOptionValue { Label = "Bénévole de la saison précédente" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "tarif bénévole fidèle", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Simulateur de prix" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Session").SelectOptionAsync(next.Id.ToString());
        await page.GetByLabel("Volontaire (nom ou adresse)").FillAsync(surname);
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Choisissez le volontaire")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculer le panier" }).ClickAsync();

        var row = page.Locator("tr").Filter(new() { HasTextString = product });
        await Assertions.Expect(row).ToContainTextAsync("95,50");
        await Assertions.Expect(row).ToContainTextAsync("tarif bénévole fidèle 2029 : a participé à Château de Guédelon en 2028");
        await Assertions.Expect(row).ToContainTextAsync("tarif normal : 150,00");
        await Assertions.Expect(page.GetByTestId("facts")).ToContainTextAsync("25 ans");
        await page.AssertAccessibleAsync();

        // A rate of this session only, set from the session's own catalogue, wins over the general ones.
        await page.GotoAsync($"/gestion/tarifs?session={next.Id}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByText("les tarifs ajoutés ici ne valent que pour elle")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Voir les tarifs : {product}" }).ClickAsync();
        await page.GetByLabel("Nom du tarif").FillAsync("tarif du chantier");
        await Price(page).FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).Last.ClickAsync();
        var sessionRule = page.Locator("tr").Filter(new() { HasTextString = "tarif du chantier" });
        await Assertions.Expect(sessionRule).ToContainTextAsync("cette session");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/gestion/tarifs");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Voir les tarifs : {product}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "tarif normal", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("tarif du chantier")).ToHaveCountAsync(0);

        await page.GotoAsync("/gestion/tarifs/simulateur");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByLabel("Session").SelectOptionAsync(next.Id.ToString());
        await page.GetByLabel("Volontaire (nom ou adresse)").FillAsync(surname);
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Choisissez le volontaire")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculer le panier" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr").Filter(new() { HasTextString = product })).ToContainTextAsync("80,00");
    }

    /// <summary>Radzen's numeric input sits inside its labelled form field.</summary>
    private static ILocator Price(IPage page) => page.Locator(".rz-form-field").Filter(new() { HasTextString = "Prix (€)" }).Locator("input");
}
