using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// The server as the Dockerfile publishes it, for the start-up measure: Release, for this machine's
/// runtime, compiled ahead (ReadyToRun, which Rempart.Web.csproj turns on for any publish with a
/// runtime). Published into a throwaway folder from the sources the bench was built from; where they
/// cannot be found or the publish fails, the measure says so and times the build instead.
/// </summary>
public sealed class PublishedServer : IDisposable
{
    private readonly string folder;

    /// <summary>The published Rempart.Web.dll.</summary>
    public string Dll { get; }

    private PublishedServer(string folder) => (this.folder, Dll) = (folder, Path.Combine(folder, "server", "Rempart.Web.dll"));

    public static async Task<PublishedServer?> TryPublishAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var project = FindProject();
        if (project is null)
        {
            output.WriteLine("  Démarrage : sources de Rempart.Web introuvables, le serveur mesuré est celui de la compilation (sans ReadyToRun).");
            return null;
        }
        var folder = Path.Combine(Path.GetTempPath(), $"rempart-bench-publish-{Guid.NewGuid():N}");
        output.WriteLine($"  Démarrage : publication du serveur pour {RuntimeIdentifier()} (ReadyToRun), une à deux minutes…");
        // Built apart (--artifacts-path): the running bench's own build and its loaded files stay untouched.
        var publish = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", RuntimeIdentifier(), "--self-contained", "false",
            "-o", Path.Combine(folder, "server"), "--artifacts-path", Path.Combine(folder, "build"), "--nologo"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(publish) ?? throw new InvalidOperationException("dotnet did not start");
        var log = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(folder, "server", "Rempart.Web.dll")))
        {
            output.WriteLine($"  Démarrage : la publication a échoué (code {process.ExitCode}), le serveur mesuré est celui de la compilation.");
            output.WriteLine(string.Join(Environment.NewLine, (await log + await errors).Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(5)));
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            return null;
        }
        return new PublishedServer(folder);
    }

    /// <summary>This machine's runtime as a publish names it (linux-x64, linux-arm64…).</summary>
    internal static string RuntimeIdentifier()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
    }

    /// <summary>src/Rempart.Web/Rempart.Web.csproj above the running build (bin/Release/net10.0 of that project).</summary>
    private static string? FindProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Rempart.Web", "Rempart.Web.csproj");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
