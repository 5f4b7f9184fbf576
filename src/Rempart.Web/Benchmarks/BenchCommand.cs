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
    public static async Task<string> RunAsync(int documents, string? outputFile, TextWriter output, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"rempart-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite", ["Storage:Root"] = folder,
            }).Build();
            var services = new ServiceCollection().AddLogging().AddRempartData(configuration, folder).BuildServiceProvider();
            await using (services)
            {
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
                output.WriteLine($"Banc d'essai de Rempart — {BenchmarkReport.Machine()}");
                var lines = new List<BenchmarkLine> { await new SearchBenchmark(services, output).RunAsync(documents, cancellationToken) };
                var table = BenchmarkReport.Table(lines);
                output.WriteLine();
                output.Write(table);
                if (outputFile is not null)
                    await File.WriteAllTextAsync(outputFile, $"""
                        # Benchmarks

                        Written by `dotnet run --project src/Rempart.Web -c Release -- bench` on {DateTime.UtcNow:yyyy-MM-dd}.
                        Machine: {BenchmarkReport.Machine()}.

                        Each figure is timed through the application and through the bare engine on the same data in the
                        same run; the ratio says how much the application adds. Targets: ratio at most 1.5×, search p95 under 20 ms.

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
}
