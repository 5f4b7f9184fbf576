using System.Text.Json;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// Blazor Server with many people connected: the benchmark's full database served by the
/// application in a process of its own (<see cref="BenchServer"/>), and pages of a headless
/// chromium (<see cref="HeadlessBrowser"/>), all signed in as one member of staff. It measures the
/// server's managed memory per open page on the registrations list, which is rendered on the
/// server and holds no circuit (decision 0029), and per idle circuit on the season calendar (the
/// heap after a full collection, with the pages open, less the same with one open, divided by the
/// pages added; the server's count of connected circuits must agree: none on the list, one a page
/// on the calendar), then, with every page of the list still open, the round trip of a page change
/// in the list: from the click on "next page" to the new rows in the page. Each page, the server
/// starts afresh: a closed page's circuit is kept a while, and would count in the next figure.
/// </summary>
public sealed class BlazorBenchmark(string chromium, TextWriter output, int circuits, int pageChanges = BlazorBenchmark.PageChanges)
{
    public const int PageChanges = 200;
    private const int OpeningAtOnce = 8;

    // A page rendered on the server is ready once Blazor's script has run: it follows the pager's links.
    private const string Static = "document.readyState === 'complete' && window.Blazor !== undefined && document.querySelector('[data-interactive=static]') !== null";
    private const string GridReady = Static + " && document.querySelectorAll('.rz-data-grid tr.rz-data-row').length > 0 && document.querySelector('a.rz-pager-next') !== null";
    // The calendar is a page rendered on the server with the scheduler as an interactive island.
    private const string CalendarReady = Static + " && document.querySelector('[data-island-interactive=true] .season-month') !== null";

    public async Task<IReadOnlyList<BenchmarkLine>> RunAsync(string folder, string size, CancellationToken cancellationToken = default)
    {
        var lines = new List<BenchmarkLine>();
        await using (var session = await StartAsync(folder, cancellationToken))
        {
            var (perPage, pages, alone) = await OpenPagesAsync(session, "/gestion/inscriptions", GridReady, circuitsPerPage: 0, changePages: true, cancellationToken);
            lines.Add(new BenchmarkLine($"Mémoire par page ouverte, liste des inscriptions rendue sur le serveur, sans circuit, {size} ({circuits} pages)", perPage, null, null, null, "Ko"));
            var times = await ChangePagesAsync(pages, cancellationToken);
            // Beside it, in the bare engine's columns: the same page changes with that one circuit open alone.
            lines.Add(new BenchmarkLine($"Changement de page de la liste, {circuits} pages ouvertes, à côté du même avec une seule (clic jusqu'aux nouvelles lignes × {times.Count})",
                BenchmarkReport.Percentile(times, 50), BenchmarkReport.Percentile(times, 95), BenchmarkReport.Percentile(alone, 50), BenchmarkReport.Percentile(alone, 95)));
            output.WriteLine($"  Blazor : {perPage:0} Ko par page ouverte sur la liste ; changement de page {BenchmarkReport.Percentile(times, 50):0.0} ms (médiane), " +
                $"{BenchmarkReport.Percentile(times, 95):0.0} ms (p95) avec {circuits} pages ouvertes, {BenchmarkReport.Percentile(alone, 50):0.0} ms (médiane) avec une seule");
        }
        await using (var session = await StartAsync(folder, cancellationToken))
        {
            var (perCircuit, _, _) = await OpenPagesAsync(session, $"/gestion/calendrier?date={ListBenchmark.SeasonStart.AddMonths(1):yyyy-MM-dd}", CalendarReady, circuitsPerPage: 1, changePages: false, cancellationToken);
            lines.Add(new BenchmarkLine($"Mémoire par circuit ouvert, calendrier de la saison, mois le plus chargé ({circuits} circuits)", perCircuit, null, null, null, "Ko"));
            output.WriteLine($"  Blazor : {perCircuit:0} Ko par circuit sur le calendrier");
        }
        return lines;
    }

    /// <summary>A server on the benchmark's data, with its diagnostics and a first account, and a browser signed in to it.</summary>
    private async Task<Session> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var server = await BenchServer.StartAsync(
            [.. StartupBenchmark.Rempart(folder), $"--{BenchDiagnostics.Setting}=true"],
            cancellationToken);
        HeadlessBrowser? browser = null;
        try
        {
            browser = await HeadlessBrowser.LaunchAsync(chromium, cancellationToken);
            var signIn = await browser.OpenAsync($"{server.BaseAddress}/compte/connexion", cancellationToken);
            await signIn.WaitForAsync("document.getElementById('email') !== null", TimeSpan.FromSeconds(30), cancellationToken);
            await signIn.EvaluateAsync($$"""
                document.getElementById('email').value = {{JsonSerializer.Serialize(BenchServer.AdminEmail)}};
                document.getElementById('password').value = {{JsonSerializer.Serialize(BenchServer.AdminPassword)}};
                document.getElementById('email').form.querySelector('button[type=submit]').click();
                """, cancellationToken);
            await signIn.WaitForAsync("!location.pathname.startsWith('/compte/')", TimeSpan.FromSeconds(30), cancellationToken);
            await signIn.CloseAsync(cancellationToken);
            return new Session(server, browser);
        }
        catch
        {
            if (browser is not null) await browser.DisposeAsync();
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens one page (the floor; on the list, its page changes are timed while it is alone), then
    /// the others, a few at a time; returns the memory each added, in kilobytes, the pages, and the
    /// times of the lone page's changes. <paramref name="circuitsPerPage"/> is what each page must
    /// hold on the server (0 for a page rendered on the server), checked before each measure.
    /// </summary>
    private async Task<(double PerPage, IReadOnlyList<BrowserPage> Pages, List<double> Alone)> OpenPagesAsync(
        Session session, string path, string ready, int circuitsPerPage, bool changePages, CancellationToken cancellationToken)
    {
        var first = await OpenAsync(session, path, ready, cancellationToken);
        var alone = changePages ? await ChangePagesAsync([first], cancellationToken) : [];
        var floor = await MemoryAsync(session.Server, expectedCircuits: circuitsPerPage, cancellationToken);
        var pages = new List<BrowserPage> { first };
        using var gate = new SemaphoreSlim(OpeningAtOnce);
        var opened = await Task.WhenAll(Enumerable.Range(0, circuits).Select(async _ =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await OpenAsync(session, path, ready, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));
        pages.AddRange(opened);
        var full = await MemoryAsync(session.Server, expectedCircuits: circuitsPerPage * (circuits + 1), cancellationToken);
        output.WriteLine($"  {path} : {circuits} pages ouvertes, {circuitsPerPage * (circuits + 1)} circuits ; tas géré {floor.ManagedBytes / 1048576.0:0.0} → {full.ManagedBytes / 1048576.0:0.0} Mio, " +
            $"mémoire du processus {floor.WorkingSetBytes / 1048576.0:0} → {full.WorkingSetBytes / 1048576.0:0} Mio");
        return ((full.ManagedBytes - floor.ManagedBytes) / 1024.0 / circuits, pages, alone);
    }

    private static async Task<BrowserPage> OpenAsync(Session session, string path, string ready, CancellationToken cancellationToken)
    {
        var page = await session.Browser.OpenAsync(session.Server.BaseAddress + path, cancellationToken);
        await page.WaitForAsync(ready, TimeSpan.FromMinutes(2), cancellationToken);
        return page;
    }

    /// <summary>
    /// The server's memory once its count of connected circuits is the one expected: a figure over
    /// fewer circuits would flatter, and a circuit on a page meant to hold none would be a regression.
    /// </summary>
    private static async Task<ServerMemory> MemoryAsync(BenchServer server, int expectedCircuits, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var memory = await http.GetFromJsonAsync<ServerMemory>($"http://127.0.0.1:{server.Port}{BenchDiagnostics.Path}", cancellationToken)
                ?? throw new InvalidOperationException("Le serveur n'a pas dit sa mémoire.");
            if (memory.Circuits == expectedCircuits) return memory;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"Le serveur compte {memory.Circuits} circuits connectés au lieu de {expectedCircuits} : la mesure serait fausse.");
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>
    /// Page changes one after another, going round the open pages: each alternately goes to the next
    /// page and back. The time is taken in the page, from the click to the first row's new text (on
    /// the list, a link followed by enhanced navigation: a request, a render, a merge of the page).
    /// </summary>
    private async Task<List<double>> ChangePagesAsync(IReadOnlyList<BrowserPage> pages, CancellationToken cancellationToken)
    {
        const string Change = """
            new Promise((resolve, reject) => {
              const grid = document.querySelector('.rz-data-grid');
              const firstRow = () => grid.querySelector('tr.rz-data-row')?.innerText ?? '';
              const before = firstRow();
              const button = grid.querySelector(window.__rempartForward === false ? 'a.rz-pager-prev' : 'a.rz-pager-next');
              window.__rempartForward = window.__rempartForward === false;
              const observer = new MutationObserver(() => {
                if (firstRow() !== before) { observer.disconnect(); resolve(performance.now() - started); }
              });
              observer.observe(grid, { subtree: true, childList: true, characterData: true });
              setTimeout(() => { observer.disconnect(); reject(new Error('La page de la grille n\'a pas changé en 30 s.')); }, 30000);
              const started = performance.now();
              button.click();
            })
            """;
        // One change first, not timed: the first render of a page of rows warms what every later one uses.
        await pages[0].EvaluateAsync(Change, cancellationToken);
        var times = new List<double>();
        for (var i = 0; i < pageChanges; i++)
            times.Add((await pages[(i * 7 + 1) % pages.Count].EvaluateAsync(Change, cancellationToken)).GetDouble());
        return times;
    }

    private sealed record Session(BenchServer Server, HeadlessBrowser Browser) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
