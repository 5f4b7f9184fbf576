using Microsoft.AspNetCore.DataProtection;
using Rempart.Data;
using Rempart.Data.Database;
using Rempart.Web.Mail;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// "Rempart.Web bench": builds a throwaway data folder and SQLite database (never the
/// application's own), generates data at a large federation's size, measures, prints a table
/// against the bare engine and writes it, with the machine's description, to the file given.
/// </summary>
public static class BenchCommand
{
    public static async Task<string> RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        var (documents, outputFile, postgresServer, rounds) = (options.Size, options.OutputFile, options.PostgresServer, options.Rounds);
        var folder = Path.Combine(Path.GetTempPath(), $"rempart-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        await using var smtp = await LocalSmtpServer.TryStartAsync(options.Python, cancellationToken);
        try
        {
            var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Storage:Root"] = folder };
            var services = Services(settings, smtp, folder);
            await using (services)
            {
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
                output.WriteLine($"Banc d'essai de Rempart — {BenchmarkReport.Machine()}");
                var lines = new List<BenchmarkLine>();
                if (options.Runs("search")) lines.Add(await new SearchBenchmark(services, output).RunAsync(documents, cancellationToken));
                if (options.Runs("registrations")) lines.Add(await new RegistrationBenchmark(services, output, rounds).RunAsync(cancellationToken));
                // As many volunteers as documents: 100,000 of each at a large federation's size.
                if (options.Runs("list")) lines.AddRange(await new ListBenchmark(services, output).RunAsync(documents, cancellationToken));
                // The Blazor pages show the list's registrations: measured alone, they still need them.
                else if (options.Runs("blazor"))
                    await ListBenchmark.GenerateAsync(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<RempartDbContext>>(), documents, cancellationToken);
                // Rounds of 200 messages at a federation's size (at least 20): System.Net.Mail takes about 45 ms a message
                // on loopback (see docs/benchmarks.md), so more would only make the run longer.
                if (options.Runs("mail") && smtp is not null)
                    lines.Add(await new MailBenchmark(services, smtp, output, Math.Min(rounds, MailBenchmark.Rounds)).RunAsync(Math.Max(20, documents / 500), cancellationToken));
                else if (options.Runs("mail")) output.WriteLine($"  Courriels : pas de mesure, aiosmtpd ne démarre pas avec « {options.Python} » (paquet python3-aiosmtpd).");
                if (options.Runs("startup"))
                    lines.AddRange(await new StartupBenchmark(output, Math.Min(rounds, StartupBenchmark.Runs), options.PublishServer).RunAsync(folder, $"{documents:N0} documents et volontaires", cancellationToken));
                if (options.Runs("blazor") && options.Chromium is not null)
                    lines.AddRange(await new BlazorBenchmark(options.Chromium, output, options.Circuits, rounds * BlazorBenchmark.PageChanges / RegistrationBenchmark.Rounds)
                        .RunAsync(folder, $"{documents:N0} volontaires", cancellationToken));
                else if (options.Runs("blazor")) output.WriteLine("  Blazor : pas de mesure, aucun chromium trouvé (--chromium=<chemin>).");
                if (postgresServer is not null) lines.AddRange(await OnPostgresAsync(postgresServer, folder, output, options, cancellationToken));
                var table = BenchmarkReport.Table(lines);
                output.WriteLine();
                output.Write(table);
                if (outputFile is not null && options.Only is null)
                    await File.WriteAllTextAsync(outputFile, $"""
                        # Benchmarks

                        Written by `dotnet run --project src/Rempart.Web -c Release -- bench` on {DateTime.UtcNow:yyyy-MM-dd}.
                        Machine: {BenchmarkReport.Machine()}.

                        Each figure is timed through the application and through the bare engine on the same data in the
                        same run; the ratio says how much the application adds. Targets: ratio at most 1.5×, search p95 under 20 ms,
                        a list page's p95 under 50 ms, under 300 KB per idle Blazor circuit. With `--postgres=<server>` the
                        registrations and the list are measured on PostgreSQL too. The Blazor figures have no bare engine to
                        compare with: their targets are absolute.

                        {table}
                        """, cancellationToken);
                return table;
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The data layer and the mail as the application registers them, with the clock, without the web
    /// host; the mail goes to the benchmark's SMTP server, the campaigns' rate limit lifted.
    /// </summary>
    private static ServiceProvider Services(Dictionary<string, string?> settings, LocalSmtpServer? smtp, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Mail:Transport"] = smtp is null ? "Pickup" : "Smtp", ["Mail:SmtpHost"] = smtp?.Host, ["Mail:SmtpPort"] = smtp?.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Campaigns:MessagesPerMinute"] = "6000000",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddRempartData(configuration, folder);
        services.AddDataProtection().SetApplicationName("Rempart.Bench");
        services.AddRempartMail(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The same measures on PostgreSQL, in a database made for the run and dropped after it.</summary>
    private static async Task<IReadOnlyList<BenchmarkLine>> OnPostgresAsync(string server, string folder, TextWriter output, BenchOptions options, CancellationToken cancellationToken)
    {
        var name = $"rempart_bench_{Guid.NewGuid():N}";
        await using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 250 }.ToString();
            var services = Services(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres", ["ConnectionStrings:Rempart"] = connection, ["Storage:Root"] = folder,
            }, smtp: null, folder);
            await using (services)
            {
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
                var lines = new List<BenchmarkLine>();
                if (options.Runs("registrations")) lines.Add(await new RegistrationBenchmark(services, output, options.Rounds).RunAsync(cancellationToken));
                if (options.Runs("list")) lines.AddRange(await new ListBenchmark(services, output).RunAsync(options.Size, cancellationToken));
                return lines;
            }
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var admin = new Npgsql.NpgsqlConnection(server);
            await admin.OpenAsync(cancellationToken);
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>What the bench command was asked for.</summary>
/// <param name="Size">How many documents, and how many registered volunteers, to generate.</param>
/// <param name="OutputFile">Where to write the table (docs/benchmarks.md), or null.</param>
/// <param name="PostgresServer">A PostgreSQL server where a throwaway database may be made, or null for SQLite only.</param>
/// <param name="Python">The Python that runs aiosmtpd, the mail benchmark's SMTP server.</param>
/// <param name="Chromium">The headless browser that opens the Blazor circuits, or null to leave them out.</param>
/// <param name="Rounds">Rounds of each timed measure (the tests' smoke run asks for one).</param>
/// <param name="Circuits">How many Blazor circuits are held open at once.</param>
/// <param name="Only">The measures to run (among <see cref="Measures"/>), or null for all; a partial table is never written to the file.</param>
/// <param name="PublishServer">Whether start-up is timed on the server as a deployment publishes it (ReadyToRun), rather than on the build's output (--no-publish).</param>
public sealed record BenchOptions(
    int Size = 100_000, string? OutputFile = null, string? PostgresServer = null, string Python = "python3", string? Chromium = null,
    int Rounds = RegistrationBenchmark.Rounds, int Circuits = 200, IReadOnlySet<string>? Only = null, bool PublishServer = true)
{
    /// <summary>The measures a run may be limited to (--only=list,blazor), to work on one without waiting for all.</summary>
    public static readonly IReadOnlyList<string> Measures = ["search", "registrations", "list", "mail", "startup", "blazor"];

    public bool Runs(string measure) => Only is null || Only.Contains(measure);
}
