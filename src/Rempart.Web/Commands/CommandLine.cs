using Rempart.Data.Database;
using Rempart.Data.DemoData;
using Rempart.Domain.Programming;

namespace Rempart.Web.Commands;

/// <summary>
/// "Rempart.Web migrate", "Rempart.Web seed-demo" and "Rempart.Web bench": one-off operations run
/// without starting the web server or the scheduler, for deployments, scripts and measurements.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // The command comes first; anything else is the host's own options ("--urls http://...").
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        if (command is null) return false;

        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        switch (command)
        {
            case "migrate":
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(CancellationToken.None);
                Console.WriteLine("Base de données à jour.");
                return true;
            case "seed-demo":
                await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(CancellationToken.None);
                var added = await services.GetRequiredService<SeedDemoData>()
                    .ExecuteAsync(Seasons.Previous(TimeProvider.System.GetUtcNow()), CancellationToken.None);
                Console.WriteLine(added ? "Données de démonstration ajoutées." : "La base contient déjà des données : rien n'a été ajouté.");
                return true;
            case "bench":
                // "bench [size] [file] [--postgres=<server>] [--chromium=<path>] [--python=<path>] [--circuits=<n>] [--only=list,blazor]":
                // 100,000 documents and volunteers and docs/benchmarks.md unless told otherwise; with a PostgreSQL server (where a
                // throwaway database may be made), its figures too; with a chromium, the Blazor circuits; with --only, those
                // measures alone, and the table printed but not written.
                var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
                var size = positional.Count > 0 && int.TryParse(positional[0], out var n) && n > 0 ? n : 100_000;
                // A relative file is the repository's ("docs/benchmarks.md"): dotnet run may start in the project's folder.
                var file = positional.Count > 1 ? positional[1] : Path.Combine("docs", "benchmarks.md");
                if (!Path.IsPathRooted(file) && FindRepository() is { } repository) file = Path.Combine(repository, file);
                string? Option(string name) => args.FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];
                var only = Option("only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
                if (only?.Except(Benchmarks.BenchOptions.Measures).ToList() is [_, ..] unknown)
                {
                    Console.Error.WriteLine($"Mesure inconnue : {string.Join(", ", unknown)}. Mesures : {string.Join(", ", Benchmarks.BenchOptions.Measures)}.");
                    Environment.ExitCode = 2;
                    return true;
                }
                await Benchmarks.BenchCommand.RunAsync(new Benchmarks.BenchOptions(size, Directory.Exists(Path.GetDirectoryName(file)) ? file : null, Option("postgres"),
                    // Debian's own Python, which python3-aiosmtpd installs into, before any other on the path.
                    Option("python") ?? (File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3"), Option("chromium") ?? Benchmarks.HeadlessBrowser.Find(),
                    Circuits: int.TryParse(Option("circuits"), out var circuits) && circuits > 0 ? circuits : 200,
                    Only: only, PublishServer: !args.Contains("--no-publish")), Console.Out);
                return true;
            default:
                Console.Error.WriteLine($"Commande inconnue « {command} ». Commandes : migrate, seed-demo, bench.");
                Environment.ExitCode = 2;
                return true;
        }
    }

    /// <summary>The repository's root (where Rempart.sln is), from the current folder up; null when run elsewhere.</summary>
    private static string? FindRepository()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Rempart.sln"))) return folder.FullName;
        return null;
    }
}
