using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Places;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Places;

[Collection(BrowserCollection.Name)]
public sealed class SessionPlacesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_AllocatePlacesOnASession_AreToldWhenTheyExceedCapacity_AndSeeTheHistory()
    {
        var (_, sessions, association) = await BrowserProgramme.CreateAsync(browser, ("2029-08-06", "2029-08-19"));
        string associationName;
        await using (var db = browser.App.Database.CreateContext())
            associationName = await db.Organisations.Where(o => o.Id == association).Select(o => o.Name).SingleAsync();
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        await page.GotoAsync($"/gestion/sessions/{sessions[0]}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var counts = page.Locator(".place-counts");
        await Assertions.Expect(counts.Locator("div").Filter(new() { HasTextString = "Capacité" }).Locator("dd")).ToHaveTextAsync("10");
        await Assertions.Expect(page.GetByText("Aucune place n'est réservée")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une réservation" }).ClickAsync();
        await page.GetByLabel("Pour", new() { Exact = true }).ClickAsync();
        await page.Locator(".rz-dropdown-filter[aria-expanded=true]").FillAsync(associationName);
        await page.GetByRole(AriaRole.Option, new() { Name = associationName }).ClickAsync();
        var size = page.Locator("table.allocations .rz-numeric input").First;
        await size.FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réservations" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Les réservations totalisent 12 places pour une capacité de 10.");

        await size.FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réservations" }).ClickAsync();
        await Assertions.Expect(counts.Locator("div").Filter(new() { HasTextString = "Réservées" }).Locator("dd")).ToHaveTextAsync("4");
        await Assertions.Expect(counts.Locator("div").Filter(new() { HasTextString = "Libres hors réservations" }).Locator("dd")).ToHaveTextAsync("6");
        await Assertions.Expect(page.Locator(".session-history")).ToContainTextAsync($"4 place(s) réservée(s) pour {associationName}.");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Staff_ReorderTheWaitingList_OnlyWithAReason()
    {
        var (_, sessions, _) = await BrowserProgramme.CreateAsync(browser, ("2029-08-20", "2029-09-02"));
        var volunteers = new[] { "Aline", "Bruno", "Chloé" }.Select(name => new Rempart.Domain.Volunteers.Volunteer
        {
            FirstName = name, LastName = "Attente", Email = $"w-{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(2000, 1, 1),
        }).ToList();
        await using (var db = browser.App.Database.CreateContext())
        {
            await db.Sessions.Where(s => s.Id == sessions[0]).ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 1));
            db.Volunteers.AddRange(volunteers);
            await db.SaveChangesAsync();
        }
        using (var scope = browser.App.Services.CreateScope())
        {
            var services = scope.ServiceProvider;
            Assert.True((await services.GetRequiredService<HoldPlace>().ExecuteAsync(sessions[0], volunteers[0].Id, null, ProgrammeFixtures.Staff, confirm: true)).Succeeded);
            Assert.Null(await services.GetRequiredService<JoinWaitingList>().ExecuteAsync(sessions[0], volunteers[1].Id, null, ProgrammeFixtures.Staff));
            Assert.Null(await services.GetRequiredService<JoinWaitingList>().ExecuteAsync(sessions[0], volunteers[2].Id, null, ProgrammeFixtures.Staff));
        }
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);

        await page.GotoAsync($"/gestion/sessions/{sessions[0]}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var list = page.Locator(".waiting-list li");
        await Assertions.Expect(list).ToHaveCountAsync(2);
        await Assertions.Expect(list.First).ToContainTextAsync("Bruno Attente");
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter Chloé Attente" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Indiquez le motif");

        await page.GetByLabel("Motif (obligatoire pour déplacer ou passer quelqu'un)").FillAsync("fratrie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter Chloé Attente" }).ClickAsync();
        await Assertions.Expect(list.First).ToContainTextAsync("Chloé Attente");
        await Assertions.Expect(page.Locator(".session-history")).ToContainTextAsync("Chloé Attente monte dans la liste d'attente : fratrie");
        await page.AssertAccessibleAsync();
    }
}
