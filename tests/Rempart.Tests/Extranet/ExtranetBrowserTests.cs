using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Extranet;

[Collection(BrowserCollection.Name)]
public sealed class ExtranetBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnAdmin_CreatesAWeeklyMeeting_AndSeesItInTheMonthAndWeekViews_WithItsDetails()
    {
        var title = $"Commission {Guid.NewGuid():N}"[..20];
        var page = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin);
        await page.GotoAsync("/extranet/calendrier/nouveau");
        await BrowserFixture.WaitForInteractiveAsync(page);
        // Sent empty: the title is asked for next to its field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Donnez un titre à l'événement.")).ToBeVisibleAsync();

        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByLabel("Lieu").FillAsync("Salle du conseil");
        await page.GetByLabel("Début").FillAsync("2027-03-02T18:00");
        await page.GetByLabel("Début").PressAsync("Tab");
        await page.GetByLabel("Fin", new() { Exact = true }).FillAsync("2027-03-02T20:00");
        await page.GetByLabel("Fin", new() { Exact = true }).PressAsync("Tab");
        await page.GetByLabel("Répétition", new() { Exact = true }).SelectOptionAsync("Weekly");
        await BrowserFixture.CheckAsync(page.GetByLabel("jeudi"));
        await BrowserFixture.CheckAsync(page.GetByLabel("mardi"));
        await page.GetByLabel("Se termine").SelectOptionAsync("count");
        await page.GetByLabel("Nombre d'occurrences").FillAsync("8");
        await page.GetByLabel("Nombre d'occurrences").PressAsync("Tab");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/extranet/calendrier?date=2027-03-02", StringComparison.Ordinal));

        // Month view (the default): the eight occurrences of March, on Tuesdays and Thursdays.
        await BrowserFixture.WaitForInteractiveAsync(page);
        var events = page.Locator(".rz-event").Filter(new() { HasTextString = title });
        await Assertions.Expect(events).ToHaveCountAsync(8);
        await page.AssertAccessibleAsync();
        await events.First.ClickAsync();
        var details = page.GetByRole(AriaRole.Dialog).GetByTestId("event-details");
        await Assertions.Expect(details).ToContainTextAsync("Salle du conseil");
        await Assertions.Expect(details).ToContainTextAsync("mardi 02/03/2027 18:00 – 20:00");
        await page.Keyboard.PressAsync("Escape");

        // Week view: that week's Tuesday and Thursday.
        await page.GetByRole(AriaRole.Button, new() { Name = "Semaine" }).ClickAsync();
        await Assertions.Expect(page.Locator(".rz-event").Filter(new() { HasTextString = title })).ToHaveCountAsync(2);

        // As a list, with every occurrence and its day.
        await BrowserFixture.CheckAsync(page.GetByLabel("Afficher en liste"));
        await Assertions.Expect(page.GetByTestId("event-list")).ToContainTextAsync("jeudi 04/03/2027 18:00");

        // One occurrence moves alone: Thursday's meeting goes to Friday at 17:00.
        await page.GetByTestId("event-list").Locator("li").Filter(new() { HasTextString = "jeudi 04/03/2027" }).GetByRole(AriaRole.Button).ClickAsync();
        var move = page.GetByRole(AriaRole.Dialog).GetByTestId("move-occurrence");
        await move.GetByLabel("Début").FillAsync("2027-03-05T17:00");
        await move.GetByLabel("Début").PressAsync("Tab");
        await move.GetByRole(AriaRole.Button, new() { Name = "Déplacer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("event-list")).ToContainTextAsync("vendredi 05/03/2027 17:00 – 19:00");
        await Assertions.Expect(page.GetByTestId("event-list")).Not.ToContainTextAsync("jeudi 04/03/2027");
    }
}
