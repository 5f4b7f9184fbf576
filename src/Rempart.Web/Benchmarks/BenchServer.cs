using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// The build's own server launched as a process of its own (a real start: its own runtime, JIT and
/// connections) on a free loopback port, ready once <c>/healthz</c> answers 200; killed on dispose.
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    /// <summary>The super-administrator (and member of staff) the benchmark's servers are started with.</summary>
    public const string AdminEmail = "banc@rempart.local", AdminPassword = "Banc-Essai-Rempart-2026";

    private readonly Process process;

    public int Port { get; }

    /// <summary>From launching the process to the first healthy <c>/healthz</c>.</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>The address pages are opened at: "localhost", which browsers treat as secure, so the app's Secure cookies are kept.</summary>
    public string BaseAddress => $"http://localhost:{Port}";

    private BenchServer(Process process, int port) => (this.process, Port) = (process, port);

    /// <summary>Starts the given build of the server (a published one), by default the running build's own.</summary>
    public static async Task<BenchServer> StartAsync(string[] arguments, CancellationToken cancellationToken, string? serverDll = null)
    {
        var port = FreePort();
        var dll = serverDll ?? typeof(BenchServer).Assembly.Location;
        // Run from the build (not a publish), the server finds Blazor's and Radzen's scripts through the build's manifest.
        string[] assets = File.Exists(Path.ChangeExtension(dll, ".staticwebassets.runtime.json")) ? ["--Hosting:StaticWebAssetsFromBuild=true"] : [];
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments, .. assets, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var watch = Stopwatch.StartNew();
        var server = new BenchServer(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), port);
        server.process.OutputDataReceived += (_, _) => { };
        server.process.ErrorDataReceived += (_, _) => { };
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync(cancellationToken);
            server.StartedIn = watch.Elapsed;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server stopped with code {process.ExitCode} before answering /healthz.");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{Port}/healthz", cancellationToken)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(10, cancellationToken);
        }
        throw new TimeoutException("The server did not answer /healthz within two minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    /// <summary>A loopback port nobody listens on now.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
