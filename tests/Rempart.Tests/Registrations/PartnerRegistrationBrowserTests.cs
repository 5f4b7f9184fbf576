using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data;
using Rempart.Data.Places;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Registrations;

/// <summary>A partner's path in a real browser: a social structure registers young people in its places and fills their files.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnerRegistrationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ASocialStructure_RegistersTwoYoungPeopleInItsPlaces_FillsTheirFiles_AndBothAreConfirmed()
    {
        var (session, _) = await BrowserRegistrations.PublishedSessionAsync(browser);
        var structure = new Organisation { Name = $"Mission locale {Guid.NewGuid():N}", Kind = OrganisationKind.SocialStructure };
        await using (var db = browser.App.Database.CreateContext())
        {
            db.Organisations.Add(structure);
            await db.SaveChangesAsync();
        }
        var worker = TestActors.Holding(Guid.NewGuid(), "Référente", structure.Id, ProfileKind.Partner);
        using (var scope = browser.App.Services.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<SaveAllocations>()
                .ExecuteAsync(session.Id, [new AllocationDraft { OrganisationId = structure.Id, Size = 2 }], ProgrammeFixtures.Staff));
            var allocation = await scope.ServiceProvider.GetRequiredService<RempartDbContext>().Allocations.Where(a => a.SessionId == session.Id).Select(a => a.Id).SingleAsync();
            foreach (var (first, born) in new[] { ("Yanis", "2008-01-15"), ("Maëlle", "2007-06-30") })
                Assert.Empty(await scope.ServiceProvider.GetRequiredService<RegisterVolunteer>().ExecuteAsync(allocation,
                    new VolunteerDraft { FirstName = first, LastName = "Diallo", Email = $"{Guid.NewGuid():N}@test.rempart.local", BirthDate = DateOnly.Parse(born) }, worker));
        }

        var page = await browser.NewSignedInPageAsync(structure.Id, ProfileKind.Partner);
        await page.GotoAsync("/partenaire/inscriptions");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByText("Pour Yanis Diallo")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        foreach (var name in new[] { "Yanis Diallo", "Maëlle Diallo" })
        {
            await page.GotoAsync("/partenaire/inscriptions");
            await BrowserFixture.WaitForInteractiveAsync(page);
            await page.Locator("li").Filter(new() { HasTextString = $"Pour {name}" }).GetByRole(AriaRole.Link, new() { Name = "Compléter mon dossier" }).ClickAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByText($"Complétez le dossier de {name}")).ToBeVisibleAsync();
            await page.GetByLabel("Adresse", new() { Exact = true }).FillAsync("12 avenue de la République");
            await page.GetByLabel("Code postal").FillAsync("69003");
            await page.GetByLabel("Ville").FillAsync("Lyon");
            await page.GetByLabel("Personne à prévenir").FillAsync("Référente de la mission locale");
            await page.GetByLabel("Son téléphone").FillAsync("04 72 00 00 00");
            await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon dossier" }).ClickAsync();
            await Assertions.Expect(page.GetByText("l'inscription est « confirmée »")).ToBeVisibleAsync();
        }
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/partenaire/inscriptions");
        await Assertions.Expect(page.GetByText("Étape : confirmée")).ToHaveCountAsync(2);
    }
}
