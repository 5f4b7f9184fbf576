using System.Diagnostics;
using System.Net;
using System.Text;
using Rempart.Web.Health;

namespace Rempart.Tests.Infrastructure;

/// <summary>
/// The application as its own operating-system process (the build output the tests run beside),
/// on a test database and data folder: what a server is, so that a test can kill it the way a
/// power cut would, with no chance to tidy up, and start it again.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, Uri address) => (this.process, Address) = (process, address);

    public Uri Address { get; }

    /// <summary>What the process wrote, for a failing test's message.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    public static async Task<AppProcess> StartAsync(TestDatabase database, string storageRoot, IDictionary<string, string?>? settings = null)
    {
        var port = TestEnvironment.FreePort();
        var bin = AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Rempart.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = bin, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = database.Provider.ToString(),
            ["ConnectionStrings__Rempart"] = database.Settings.ConnectionString,
            ["Storage__Root"] = storageRoot,
            ["Demo__SeedOnFirstRun"] = "false",
            ["Bootstrap__AdminEmail"] = "admin@test.rempart.local",
            ["Bootstrap__AdminPassword"] = "Bootstrap-Admin-2026",
            ["Security__RequireHttps"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) environment[key.Replace(":", "__")] = value;
        foreach (var (key, value) in environment) info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        return app;
    }

    /// <summary>Kills the process and its children at once: no shutdown, no cleanup, as a crash would.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"The application stopped with code {process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(HealthServiceCollectionExtensions.Path)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The application was not healthy after {timeout}:\n{Output}");
    }

}
