using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Website;

/// <summary>
/// A real WordPress (Debian's package, PHP's built-in server, its own MariaDB) on loopback, with
/// Rempart's plugin active, started by tests/wordpress/start-wordpress.sh, which scripts/test.sh
/// makes sure can run (it installs wordpress, mariadb-server and PHP when missing).
/// </summary>
public sealed class WordPressServer : IAsyncLifetime
{
    private Process? process;
    private readonly string folder = TestEnvironment.NewTempFolder("rempart-wordpress");
    private readonly StringBuilder output = new();

    public string Url { get; private set; } = "";
    public string User { get; private set; } = "";
    public string Password { get; private set; } = "";
    public HttpClient Rest { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var port = TestEnvironment.FreePort();
        var script = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "wordpress", "start-wordpress.sh");
        var start = new ProcessStartInfo("bash", [script, folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("PASSWORD ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                (User, Password) = (parts[1], parts[2]);
            }
            if (line == "READY") break;
        }
        if (Password.Length == 0 || process.HasExited)
            throw new InvalidOperationException($"WordPress did not start (is Debian's wordpress package installed? scripts/test.sh installs it):\n{output}");
        Url = $"http://127.0.0.1:{port}";
        Rest = new HttpClient { BaseAddress = new Uri(Url + "/wp-json/wp/v2/") };
        Rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
    }

    /// <summary>A GET through WordPress's REST API, as the administrator; null for a 404.</summary>
    public async Task<JsonNode?> GetAsync(string path)
    {
        using var response = await Rest.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text);
    }

    /// <summary>Every item of a collection, page after page (WordPress gives 100 at most per page).</summary>
    public async Task<List<JsonNode>> GetAllAsync(string path)
    {
        var all = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            using var response = await Rest.GetAsync($"{path}{(path.Contains('?') ? '&' : '?')}per_page=100&page={page}");
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
            all.AddRange(JsonNode.Parse(text)!.AsArray().Select(p => p!));
            var pages = int.Parse(response.Headers.GetValues("X-WP-TotalPages").Single(), System.Globalization.CultureInfo.InvariantCulture);
            if (page >= pages) return all;
        }
    }

    public Dictionary<string, string?> Settings(string? password = null) => new()
    {
        ["Website:WordPressUrl"] = Url,
        ["Website:WordPressUser"] = User,
        ["Website:WordPressApplicationPassword"] = password ?? Password,
        // The tests run the detector and the push themselves.
        ["Website:PollSeconds"] = "3600",
    };

    public Task DisposeAsync()
    {
        Rest?.Dispose();
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.WaitForExit(10_000);
        process?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // MariaDB may still be closing a file; the folder is under /tmp.
        }
        return Task.CompletedTask;
    }

}
