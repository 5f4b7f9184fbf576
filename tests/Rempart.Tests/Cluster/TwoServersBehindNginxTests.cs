using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;
using Rempart.Data.Database;
using Rempart.Data.Website;
using Rempart.Domain.Accounts;
using Rempart.Domain.Website;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Cluster;

/// <summary>
/// Two Rempart servers on one PostgreSQL database and one shared data folder, behind nginx with
/// the documented configuration: a person signed in through the proxy keeps working when the
/// server holding them stops, and a scheduled job runs once per firing across both.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoServersBehindNginxTests(BrowserFixture browser)
{
    private const string AdminEmail = "admin@test.rempart.local";
    private const string AdminPassword = "Bootstrap-Admin-2026";

    [Fact]
    public async Task APersonKeepsWorking_WhenTheServerHoldingThemStops_AndAScheduledJobRunsOncePerFiring()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var storage = TestEnvironment.NewTempFolder("rempart-cluster");
        static Dictionary<string, string?> Settings(string name) => new()
        {
            ["Cluster:InstanceName"] = name, ["Website:PollSeconds"] = "1", ["Hosting:StaticWebAssetsFromBuild"] = "true",
        };
        // One after the other: the first migrates the database and makes the data-protection key the second reads.
        await using var first = await AppProcess.StartAsync(database, storage, Settings("premier"));
        await using var second = await AppProcess.StartAsync(database, storage, Settings("second"));
        var servers = new Dictionary<string, AppProcess> { ["premier"] = first, ["second"] = second };
        await using var proxy = await NginxProxy.StartAsync(first.Address, second.Address);

        // "localhost": the browser's secure context over plain HTTP, for Secure cookies.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = proxy.Address.ToString().Replace("127.0.0.1", "localhost"), Locale = "fr-FR", ReducedMotion = ReducedMotion.Reduce });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, AdminEmail, AdminPassword);
        await page.WaitForURLAsync(url => !url.Contains("/compte/"));

        // Work on whichever server the proxy chose: an API key, saved in the shared database.
        var response = await page.GotoAsync("/admin/cles-api");
        var holder = response!.Headers["x-rempart-instance"];
        await BrowserFixture.WaitForInteractiveAsync(page);
        var keyName = $"Site de l'Union {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("Nom (qui l'utilise)").FillAsync(keyName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la clé" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-secret")).ToContainTextAsync("rk_");
        // The same browser stays on that server (the affinity cookie).
        for (var i = 0; i < 3; i++) Assert.Equal(holder, (await page.GotoAsync("/admin/cles-api"))!.Headers["x-rempart-instance"]);

        // That server stops as a power cut would.
        await servers[holder].KillAsync();
        var other = servers.Keys.Single(k => k != holder);

        // The next page comes from the other server, still signed in (its cookie is readable there), with the key.
        // (Asked with the page's own cookies: the page itself is busy noticing that its circuit's server is gone.)
        var answer = await page.APIRequest.GetAsync("/admin/cles-api", new() { MaxRedirects = 0 });
        Assert.Equal(200, answer.Status);
        Assert.Equal(other, answer.Headers["x-rempart-instance"]);
        Assert.Contains(keyName, System.Net.WebUtility.HtmlDecode(await answer.TextAsync()), StringComparison.Ordinal);
        // The page may reload itself at that very moment (Blazor reloads a page whose circuit is gone
        // for good), interrupting this navigation: then it is asked again.
        try
        {
            await page.GotoAsync("/admin/cles-api");
        }
        catch (PlaywrightException e) when (e.Message.Contains("interrupted by another navigation", StringComparison.Ordinal))
        {
            await page.GotoAsync("/admin/cles-api");
        }
        await BrowserFixture.WaitForInteractiveAsync(page);
        var row = page.GetByTestId("api-keys").Locator("tr").Filter(new() { HasTextString = keyName });
        await Assertions.Expect(row).ToContainTextAsync("active");
        // And the page works there: its circuit's WebSocket goes through nginx.
        await row.GetByRole(AriaRole.Button, new() { Name = "Révoquer" }).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Révoquer" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("révoquée le");
        await context.CloseAsync();

        // Quartz, clustered on PostgreSQL: with the dead server restarted beside the living one,
        // the website job (every second) runs once a second in all, and a change of the programme
        // gives one webhook delivery, not one per server.
        await using var restarted = await AppProcess.StartAsync(database, storage, Settings(holder));
        var admin = TestActors.Holding(null, ProfileKind.SuperAdmin);
        var (subscription, _, errors) = await new WebhookSubscriptions(database.Contexts, TimeProvider.System)
            .CreateAsync("Partenaire", "http://127.0.0.1:9/hook", [WebhookEvents.SessionPublished], admin);
        Assert.Empty(errors);
        var since = DateTimeOffset.UtcNow;
        for (var i = 0; i < 3; i++) await ProgrammeFixtures.PublishedSessionAsync(database, $"2031-0{i + 6}-02", $"2031-0{i + 6}-14");
        // The killed server's claim on the job is freed by the cluster's check-in (some seconds): wait for the three deliveries, then a little more.
        async Task<int> DeliveriesAsync()
        {
            await using var db = database.CreateContext();
            return await db.WebhookDeliveries.CountAsync(d => d.SubscriptionId == subscription!.Id);
        }
        for (var waited = 0; waited < 90 && await DeliveriesAsync() < 3; waited++) await Task.Delay(TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(3, await DeliveriesAsync());

        // About one run a second in all (two schedulers each running it would make two).
        var seconds = (DateTimeOffset.UtcNow - since).TotalSeconds;
        var runs = await RunsAsync(database, "sync-website", since);
        Assert.InRange(runs.Count, 1, (int)Math.Ceiling(seconds) + 3);
    }

    /// <summary>The job's runs since a moment, from Quartz's execution history (each server writes its own).</summary>
    private static async Task<List<(string Instance, long FiredTime)>> RunsAsync(TestDatabase database, string job, DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(database.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name, fired_time FROM qrtz_execution_history WHERE job_name = @job AND fired_time >= @since", connection);
        command.Parameters.AddWithValue("job", job);
        command.Parameters.AddWithValue("since", since.UtcTicks);
        var runs = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) runs.Add((reader.GetString(0), reader.GetInt64(1)));
        return runs;
    }
}
