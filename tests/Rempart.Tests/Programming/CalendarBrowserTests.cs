using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

[Collection(BrowserCollection.Name)]
public sealed class CalendarBrowserTests(BrowserFixture browser)
{
    private Task<(string Title, List<Guid> Sessions, Guid Association)> CreateWorksiteWithSessionsAsync(params (string Start, string End)[] dates) =>
        BrowserProgramme.CreateAsync(browser, dates);

    /// <summary>
    /// Drags a session onto a day with the HTML5 drag-and-drop events the browser would send
    /// (dragstart, dragenter, dragover, drop, dragend), sharing one DataTransfer.
    /// </summary>
    private static async Task DragAsync(IPage page, ILocator source, ILocator target)
    {
        var transfer = await page.EvaluateHandleAsync("() => new DataTransfer()");
        await source.DispatchEventAsync("dragstart", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        foreach (var type in new[] { "dragenter", "dragover", "drop" })
            await target.DispatchEventAsync(type, new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await source.DispatchEventAsync("dragend", new Dictionary<string, object> { ["dataTransfer"] = transfer });
    }

    private static ILocator DayCell(IPage page, string day) => page.Locator($"td[data-day='{day}']");

    private static ILocator SessionChip(IPage page, string title) => page.Locator("[data-session]").Filter(new() { HasTextString = title }).First;

    [Fact]
    public async Task Dragging_ASessionInTheMonthView_MovesIt_AndAClashIsRefusedWithTheReason()
    {
        var (title, sessions, _) = await CreateWorksiteWithSessionsAsync(("2027-07-05", "2027-07-09"), ("2027-07-19", "2027-07-23"));
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await page.GotoAsync("/gestion/calendrier?date=2027-07-01");
        await BrowserFixture.WaitForInteractiveAsync(page);
        // Each session on its arrival day.
        var first = SessionChip(page, title);
        await Assertions.Expect(DayCell(page, "2027-07-05").Locator("[data-session]").Filter(new() { HasTextString = title })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await DragAsync(page, first, DayCell(page, "2027-07-12"));

        await Assertions.Expect(page.GetByText("Session déplacée.")).ToBeVisibleAsync();
        var get = browser.App.Services.GetRequiredService<GetProgrammeItem>();
        Assert.Equal(DateOnly.Parse("2027-07-12"), (await get.SessionAsync(sessions[0], ProgrammeFixtures.Staff))!.StartDate);
        await Assertions.Expect(DayCell(page, "2027-07-12").Locator("[data-session]").Filter(new() { HasTextString = title })).ToBeVisibleAsync();

        // Onto the other session of the same worksite: refused, said, and nothing moves.
        await DragAsync(page, DayCell(page, "2027-07-12").Locator("[data-session]").Filter(new() { HasTextString = title }), DayCell(page, "2027-07-17"));
        await Assertions.Expect(page.GetByText("La session n'a pas été déplacée")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ces dates chevauchent une autre session de ce chantier (du 19/07/2027 au 23/07/2027).")).ToBeVisibleAsync();
        Assert.Equal(DateOnly.Parse("2027-07-12"), (await get.SessionAsync(sessions[0], ProgrammeFixtures.Staff))!.StartDate);
    }

    [Fact]
    public async Task Calendar_ShowsAnotherPersonsNewSession_WithoutReloading_AndOpensItsDetails()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await page.GotoAsync("/gestion/calendrier?date=2027-09-01");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var (title, _, _) = await CreateWorksiteWithSessionsAsync(("2027-09-06", "2027-09-10"));

        var appointment = SessionChip(page, title);
        await Assertions.Expect(appointment).ToBeVisibleAsync();
        await appointment.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("du 06/09/2027 au 10/09/2027");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ABusyDay_ShowsThreeArrivals_AndTheRestOnDemand_TheFiltersAndMonthsChangeWhatIsShown()
    {
        // 2033: a season of its own, so other browser tests' sessions never share its days.
        var created = new List<(string Title, Guid Association)>();
        for (var i = 0; i < 4; i++)
        {
            var (title, _, association) = await CreateWorksiteWithSessionsAsync(("2033-03-08", "2033-03-18"));
            created.Add((title, association));
        }
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await page.GotoAsync("/gestion/calendrier?date=2033-03-01");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var day = DayCell(page, "2033-03-08");
        await Assertions.Expect(day.Locator("[data-session]")).ToHaveCountAsync(3);
        Assert.Equal(0, await DayCell(page, "2033-03-09").Locator("[data-session]").CountAsync());

        await day.GetByRole(AriaRole.Button, new() { Name = "+ 1 de plus" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Arrivées du mardi 8 mars 2033");
        foreach (var (title, _) in created)
            await Assertions.Expect(dialog.GetByRole(AriaRole.Link, new() { Name = $"{title} (Montlhéry)" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Fermer", Exact = true }).ClickAsync();

        // The page's filter (a form, in the address) reaches the calendar without a reload of the circuit.
        await page.GetByLabel("Association", new() { Exact = true }).SelectOptionAsync(created[3].Association.ToString());
        await Assertions.Expect(day.Locator("[data-session]")).ToHaveCountAsync(1);
        await Assertions.Expect(day.Locator("[data-session]")).ToContainTextAsync(created[3].Title);
        await Assertions.Expect(day.GetByRole(AriaRole.Button, new() { Name = "+ 1 de plus" })).ToHaveCountAsync(0);
        Assert.Contains($"association={created[3].Association}", page.Url);

        await page.GetByRole(AriaRole.Button, new() { Name = "Mois suivant" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Avril 2033" })).ToBeVisibleAsync();
        await Assertions.Expect(day).ToHaveCountAsync(0);
        // The month is in the address: a reload comes back to it, with the filter.
        await page.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Avril 2033" })).ToBeVisibleAsync();
        Assert.Contains($"association={created[3].Association}", page.Url);
    }

    [Fact]
    public async Task CopySeason_FromThePage_ReportsWhatItCopied()
    {
        var (title, _, _) = await CreateWorksiteWithSessionsAsync(("2026-07-04", "2026-07-11"), ("2026-08-01", "2026-08-08"));
        var page = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await page.GotoAsync("/gestion/sessions/copier-saison");
        await BrowserFixture.WaitForInteractiveAsync(page);

        await page.Locator("input[name=Season]").FillAsync("2026");
        await page.Locator("input[name=Season]").PressAsync("Tab");
        await page.Locator(".rz-form-field").Filter(new() { HasTextString = "Chantiers" }).Locator(".rz-dropdown").ClickAsync();
        await page.Locator(".rz-multiselect-panel:visible .rz-multiselect-filter-container input").FillAsync(title);
        await page.Locator(".rz-multiselect-panel:visible").GetByRole(AriaRole.Option).Filter(new() { HasTextString = title }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copier vers 2027" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2 session(s) créée(s) en brouillon sur la saison 2027." })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
