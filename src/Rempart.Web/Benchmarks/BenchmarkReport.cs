using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// One line of the table: what was measured, through the application and through the bare engine.
/// A figure with nothing to compare it to (the memory of a circuit: its target is absolute) leaves
/// the bare engine's columns, and the ratios, empty.
/// </summary>
public sealed record BenchmarkLine(string Measure, double AppP50, double? AppP95, double? BareP50, double? BareP95, string Unit = "ms")
{
    public double? Ratio95 => BareP95 is > 0 && AppP95 is { } app ? app / BareP95 : null;
    public double? Ratio50 => BareP50 is > 0 ? AppP50 / BareP50 : null;

    /// <summary>The line of timings taken through the application and through the bare engine: their medians and 95th percentiles.</summary>
    public static BenchmarkLine Of(string measure, IReadOnlyList<double> app, IReadOnlyList<double> bare) =>
        new(measure, BenchmarkReport.Percentile(app, 50), BenchmarkReport.Percentile(app, 95), BenchmarkReport.Percentile(bare, 50), BenchmarkReport.Percentile(bare, 95));
}

/// <summary>A connection of the bare engine's own, to the benchmark's database, outside EF.</summary>
internal static class BareConnection
{
    public static async Task<System.Data.Common.DbConnection> OpenAsync(Rempart.Data.Database.DatabaseSettings settings, CancellationToken cancellationToken)
    {
        System.Data.Common.DbConnection connection = settings.Provider == Rempart.Data.Database.DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(settings.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}

/// <summary>The benchmark's table, as printed and as written to docs/benchmarks.md, with the machine it ran on.</summary>
public static class BenchmarkReport
{
    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cœurs, {memory:0} Gio, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    public static string Table(IEnumerable<BenchmarkLine> lines)
    {
        var culture = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine("| Mesure | Application p50 | Application p95 | Moteur nu p50 | Moteur nu p95 | Rapport p50 | Rapport p95 |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var line in lines)
        {
            string Figure(double? value) => value is { } v ? string.Create(culture, $"{v:0.00} {line.Unit}") : "—";
            string Ratio(double? value) => value is { } v ? string.Create(culture, $"{v:0.00}×") : "—";
            table.AppendLine($"| {line.Measure} | {Figure(line.AppP50)} | {Figure(line.AppP95)} | {Figure(line.BareP50)} | {Figure(line.BareP95)} | {Ratio(line.Ratio50)} | {Ratio(line.Ratio95)} |");
        }
        return table.ToString();
    }
}
