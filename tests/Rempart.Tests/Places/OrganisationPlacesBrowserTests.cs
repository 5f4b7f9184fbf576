using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Places;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Places;

[Collection(BrowserCollection.Name)]
public sealed class OrganisationPlacesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AManager_RegistersAVolunteerIntoTheirAllocation_AndSeesNothingOfAnotherAssociation()
    {
        var (own, ownSessions, association) = await BrowserProgramme.CreateAsync(browser, ("2029-07-02", "2029-07-15"));
        var (other, otherSessions, otherAssociation) = await BrowserProgramme.CreateAsync(browser, ("2029-07-02", "2029-07-15"));
        await using (var db = browser.App.Database.CreateContext())
            await db.Sessions.Where(s => s.Id == ownSessions[0] || s.Id == otherSessions[0])
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Published));
        using (var scope = browser.App.Services.CreateScope())
        {
            var save = scope.ServiceProvider.GetRequiredService<SaveAllocations>();
            Assert.Empty(await save.ExecuteAsync(ownSessions[0], [new AllocationDraft { OrganisationId = association, Size = 2 }], ProgrammeFixtures.Staff));
            Assert.Empty(await save.ExecuteAsync(otherSessions[0], [new AllocationDraft { OrganisationId = otherAssociation, Size = 3 }], ProgrammeFixtures.Staff));
        }
        var page = await browser.NewSignedInPageAsync(association, ProfileKind.AssociationManager);

        // The menu's links work once the dashboard is interactive; then the places page loads in the circuit.
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nos places" }).ClickAsync();
        await page.WaitForURLAsync("**/association/places");
        var row = page.Locator("tr").Filter(new() { HasTextString = own });
        await Assertions.Expect(row).ToContainTextAsync("2");
        await Assertions.Expect(page.GetByText(other)).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire un volontaire", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.GetByText("Indiquez le prénom.")).ToBeVisibleAsync();
        await page.GetByLabel("Prénom").FillAsync("Inès");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Morel");
        await page.GetByLabel("Adresse e-mail").FillAsync("ines.morel@test.rempart.local");
        await page.GetByLabel("Date de naissance").FillAsync("01/09/2012");
        await page.GetByLabel("Date de naissance").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire un volontaire", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.GetByText("L'âge du volontaire au premier jour de la session")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Date de naissance").FillAsync("01/09/2001");
        await page.GetByLabel("Date de naissance").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire un volontaire", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.GetByText("Inès Morel est inscrit(e).")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table").Last.Locator("tr").Filter(new() { HasTextString = "Inès Morel" })).ToContainTextAsync("Confirmée");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("1");

        // The same allocations on a calendar, at the session's month.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Calendrier" }).ClickAsync();
        await Assertions.Expect(page.Locator(".rz-event").Filter(new() { HasTextString = own }).First).ToContainTextAsync("1 libre(s) sur 2");
    }
}
