using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Rempart.Web.Benchmarks;

/// <summary>One line of the table: what was measured, through the application and through the bare engine.</summary>
public sealed record BenchmarkLine(string Measure, double AppP50, double AppP95, double BareP50, double BareP95, string Unit = "ms")
{
    public double Ratio95 => BareP95 <= 0 ? 0 : AppP95 / BareP95;
    public double Ratio50 => BareP50 <= 0 ? 0 : AppP50 / BareP50;
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
            table.AppendLine(string.Create(culture,
                $"| {line.Measure} | {line.AppP50:0.00} {line.Unit} | {line.AppP95:0.00} {line.Unit} | {line.BareP50:0.00} {line.Unit} | {line.BareP95:0.00} {line.Unit} | {line.Ratio50:0.00}× | {line.Ratio95:0.00}× |"));
        return table.ToString();
    }
}
