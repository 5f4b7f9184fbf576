using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Jobs;

/// <summary>The super-admin's screen of background jobs, on the real scheduler with its execution history.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScheduledJobsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheSuperAdmin_SeesEveryJobWithItsNextRun_RunsOneNow_AndFindsTheRunInItsHistory()
    {
        var page = await browser.NewSignedInPageAsync(ProfileKind.SuperAdmin);
        await page.GotoAsync("/admin/taches");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var jobs = page.GetByTestId("jobs");
        foreach (var description in new[]
                 {
                     "Supprime les fiches sanitaires des sessions terminées", "Relance les inscriptions non payées et libère les places après l'échéance",
                     "Vérifie auprès de Mollie les paiements en ligne et remboursements en cours", "Expire les places retenues et propose les places libérées à la liste d'attente",
                 })
            await Assertions.Expect(jobs).ToContainTextAsync(description);
        var purge = jobs.Locator("tr").Filter(new() { HasTextString = "Supprime les fiches sanitaires" });
        await Assertions.Expect(purge).ToContainTextAsync("0 30 3 * * ?");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lancer maintenant : Supprime les fiches sanitaires des sessions terminées" }).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Lancer maintenant" }).ClickAsync();
        await Assertions.Expect(page.GetByText("« Supprime les fiches sanitaires des sessions terminées » est lancée.")).ToBeVisibleAsync();

        // The run lands in Quartz's history: open it until it shows (the run is asynchronous).
        var runs = page.GetByTestId("runs");
        for (var attempt = 0; attempt < 20 && !await runs.Locator("tr", new() { HasTextString = "lancée à la main" }).IsVisibleAsync(); attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Historique : Supprime les fiches sanitaires des sessions terminées" }).ClickAsync();
            await Task.Delay(500);
        }
        await Assertions.Expect(runs.Locator("tr", new() { HasTextString = "lancée à la main" }).First).ToContainTextAsync("réussie");
        await page.AssertAccessibleAsync();
    }
}
