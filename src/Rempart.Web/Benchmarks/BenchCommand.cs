using Rempart.Data;
using Rempart.Data.Database;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// "Rempart.Web bench": builds a throwaway data folder and SQLite database (never the
/// application's own), generates data at a large federation's size, measures, prints a table
/// against the bare engine and writes it, with the machine's description, to the file given.
/// </summary>
public static class BenchCommand
{
    /// <param name="documents">How many documents, and how many registered volunteers, to generate.</param>
    /// <param name="outputFile">Where to write the table (docs/benchmarks.md), or null.</param>
    /// <param name="postgresServer">A PostgreSQL server where a throwaway database may be made, or null for SQLite only.</param>
    /// <param name="output">Where progress and the table are printed.</param>
    /// <param name="rounds">Rounds of the registration race (the tests' smoke run asks for one).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<string> RunAsync(
        int documents, string? outputFile, string? postgresServer, TextWriter output, int rounds = RegistrationBenchmark.Rounds, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"rempart-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite", ["Storage:Root"] = folder,
            }).Build();
            var services = Services(configuration, folder);
            await using (services)
            {
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
                output.WriteLine($"Banc d'essai de Rempart — {BenchmarkReport.Machine()}");
                var lines = new List<BenchmarkLine>
                {
                    await new SearchBenchmark(services, output).RunAsync(documents, cancellationToken),
                    await new RegistrationBenchmark(services, output, rounds).RunAsync(cancellationToken),
                    // As many volunteers as documents: 100,000 of each at a large federation's size.
                    await new ListBenchmark(services, output).RunAsync(documents, cancellationToken),
                };
                lines.AddRange(await new StartupBenchmark(output, Math.Min(rounds, StartupBenchmark.Runs)).RunAsync(folder, $"{documents:N0} documents et volontaires", cancellationToken));
                if (postgresServer is not null) lines.AddRange(await OnPostgresAsync(postgresServer, folder, output, rounds, documents, cancellationToken));
                var table = BenchmarkReport.Table(lines);
                output.WriteLine();
                output.Write(table);
                if (outputFile is not null)
                    await File.WriteAllTextAsync(outputFile, $"""
                        # Benchmarks

                        Written by `dotnet run --project src/Rempart.Web -c Release -- bench` on {DateTime.UtcNow:yyyy-MM-dd}.
                        Machine: {BenchmarkReport.Machine()}.

                        Each figure is timed through the application and through the bare engine on the same data in the
                        same run; the ratio says how much the application adds. Targets: ratio at most 1.5×, search p95 under 20 ms,
                        a list page's p95 under 50 ms. With `--postgres=<server>` the registrations and the list are measured on
                        PostgreSQL too.

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

    /// <summary>The data layer as the application registers it, with the clock, without the web host.</summary>
    private static ServiceProvider Services(IConfiguration configuration, string folder)
    {
        return new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddRempartData(configuration, folder).BuildServiceProvider();
    }

    /// <summary>The same measures on PostgreSQL, in a database made for the run and dropped after it.</summary>
    private static async Task<IReadOnlyList<BenchmarkLine>> OnPostgresAsync(string server, string folder, TextWriter output, int rounds, int size, CancellationToken cancellationToken)
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
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres", ["ConnectionStrings:Rempart"] = connection, ["Storage:Root"] = folder,
            }).Build();
            var services = Services(configuration, folder);
            await using (services)
            {
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
                return
                [
                    await new RegistrationBenchmark(services, output, rounds).RunAsync(cancellationToken),
                    await new ListBenchmark(services, output).RunAsync(size, cancellationToken),
                ];
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
