namespace Rempart.Web.Benchmarks;

/// <summary>
/// Start-up: from launching the server's process to its first healthy <c>/healthz</c>, on a
/// migrated empty database and on the benchmark's full one (its documents and volunteers), against
/// <see cref="BareHost"/>, ASP.NET Core answering /healthz and nothing else, launched the same way
/// from the same files. The server is the one a deployment runs (<see cref="PublishedServer"/>).
/// </summary>
public sealed class StartupBenchmark(TextWriter output, int runs = StartupBenchmark.Runs, bool publish = true)
{
    public const int Runs = 5;

    public async Task<IReadOnlyList<BenchmarkLine>> RunAsync(string fullFolder, string size, CancellationToken cancellationToken = default)
    {
        // Without publishing (--no-publish, the tests), the build's own output: no ReadyToRun, slower to start.
        using var published = publish ? await PublishedServer.TryPublishAsync(output, cancellationToken) : null;
        var server = published?.Dll;
        var kind = published is null ? "sortie de la compilation" : "serveur publié";
        var empty = Path.Combine(Path.GetTempPath(), $"rempart-bench-empty-{Guid.NewGuid():N}");
        Directory.CreateDirectory(empty);
        try
        {
            // The first starts migrate the empty database and make the first account on both; only the starts after them are timed.
            await TimeAsync(server, Rempart(empty), cancellationToken);
            await TimeAsync(server, Rempart(fullFolder), cancellationToken);
            var bare = new List<double>();
            var onEmpty = new List<double>();
            var onFull = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                bare.Add(await TimeAsync(server, ["bare-host"], cancellationToken));
                onEmpty.Add(await TimeAsync(server, Rempart(empty), cancellationToken));
                onFull.Add(await TimeAsync(server, Rempart(fullFolder), cancellationToken));
            }
            output.WriteLine($"  Démarrage, {kind} : {BenchmarkReport.Percentile(onEmpty, 50):0} ms sur une base vide, {BenchmarkReport.Percentile(onFull, 50):0} ms sur la base pleine, " +
                $"{BenchmarkReport.Percentile(bare, 50):0} ms pour ASP.NET Core nu (médianes)");
            return
            [
                BenchmarkLine.Of($"Démarrage jusqu'à /healthz, {kind}, base vide (× {runs})", onEmpty, bare),
                BenchmarkLine.Of($"Démarrage jusqu'à /healthz, {kind}, base pleine, {size} (× {runs})", onFull, bare),
            ];
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(empty, recursive: true);
        }
    }


    /// <summary>
    /// Rempart on SQLite in that data folder, without demo data or tile server: a server's start,
    /// nothing more. The first account is the benchmark's own, so that the Blazor measure can sign in.
    /// </summary>
    internal static string[] Rempart(string folder) =>
    [
        "--Database:Provider=Sqlite", $"--Storage:Root={folder}", "--Demo:SeedOnFirstRun=false", "--Security:RequireHttps=false",
        "--Logging:LogLevel:Default=Warning", "--Website:PollSeconds=3600",
        $"--Bootstrap:AdminEmail={BenchServer.AdminEmail}", $"--Bootstrap:AdminPassword={BenchServer.AdminPassword}",
    ];

    /// <summary>Launches that server (the build's own without one) with those arguments, and times until /healthz answers 200; then stops it.</summary>
    private static async Task<double> TimeAsync(string? serverDll, string[] arguments, CancellationToken cancellationToken)
    {
        await using var server = await BenchServer.StartAsync(arguments, cancellationToken, serverDll);
        return server.StartedIn.TotalMilliseconds;
    }
}
