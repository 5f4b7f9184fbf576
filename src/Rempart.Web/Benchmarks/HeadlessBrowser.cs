using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// A headless chromium driven over the Chrome DevTools Protocol (one WebSocket, sessions
/// "flattened" onto it), enough for the Blazor benchmark: open many pages in one profile (they
/// share its cookies), run a script in a page and await its promise, close a page. The tests use
/// Playwright; the server's own project does not need it for this.
/// </summary>
public sealed class HeadlessBrowser : IAsyncDisposable
{
    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private Task? receiving;
    private int nextId;

    private HeadlessBrowser(Process process, string profile) => (this.process, this.profile) = (process, profile);

    /// <summary>Debian's chromium, or another chromium or Chrome on the path; null when there is none.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                if (File.Exists(Path.Combine(folder, name))) return Path.Combine(folder, name);
        return null;
    }

    public static async Task<HeadlessBrowser> LaunchAsync(string executable, CancellationToken cancellationToken)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"rempart-bench-chromium-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        var process = Process.Start(new ProcessStartInfo(executable,
        [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--lang=fr-FR", "--accept-lang=fr-FR,fr", "--window-size=1366,900",
            // Pages in the background keep their timers and connections as a visible one would.
            "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
            "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        ])
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException($"{executable} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var browser = new HeadlessBrowser(process, profile);
        try
        {
            // Chromium prints where its DevTools endpoint listens on its error output.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            string? endpoint = null;
            while (endpoint is null && await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
                if (line.StartsWith("DevTools listening on ", StringComparison.Ordinal)) endpoint = line["DevTools listening on ".Length..].Trim();
            if (endpoint is null) throw new InvalidOperationException("Chromium stopped without opening its DevTools endpoint.");
            _ = Task.Run(async () =>
            {
                while (await process.StandardError.ReadLineAsync(CancellationToken.None) is not null) { }
            }, CancellationToken.None);
            await browser.socket.ConnectAsync(new Uri(endpoint), cancellationToken);
            browser.receiving = browser.ReceiveAsync();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new page in the shared profile, at that address; it starts loading before this returns.</summary>
    public async Task<BrowserPage> OpenAsync(string url, CancellationToken cancellationToken)
    {
        // Each page in a window of its own, as Playwright does: a background tab gets no animation
        // frames, and Radzen's sidebar waits for one before it shows the menu.
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank", ["newWindow"] = true }, null, cancellationToken);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null, cancellationToken);
        var page = new BrowserPage(this, targetId, attached.GetProperty("sessionId").GetString()!);
        await SendAsync("Emulation.setFocusEmulationEnabled", new JsonObject { ["enabled"] = true }, page.Session, cancellationToken);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url }, page.Session, cancellationToken);
        return page;
    }

    internal async Task<JsonElement> SendAsync(string method, JsonObject parameters, string? session, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null) message["sessionId"] = session;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
        using var registration = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        return await answer.Task;
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                using (var document = JsonDocument.Parse(message.ToArray()))
                {
                    var root = document.RootElement;
                    // Events (no id) are not needed: the benchmark asks the pages what it wants to know.
                    if (root.TryGetProperty("id", out var id) && pending.TryRemove(id.GetInt32(), out var answer))
                    {
                        if (root.TryGetProperty("error", out var error)) answer.TrySetException(new InvalidOperationException($"Chromium: {error}"));
                        else answer.TrySetResult(root.GetProperty("result").Clone());
                    }
                }
                message.SetLength(0);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        foreach (var answer in pending.Values) answer.TrySetException(new InvalidOperationException("Chromium closed its DevTools connection."));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (receiving is not null) await receiving;
        socket.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        stop.Dispose();
        sending.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's last writes may still be landing; a temporary folder left behind is harmless.
        }
    }
}

/// <summary>One page of the <see cref="HeadlessBrowser"/>.</summary>
public sealed class BrowserPage(HeadlessBrowser browser, string targetId, string session)
{
    internal string Session => session;

    /// <summary>Runs a script in the page, awaits its promise, and returns its value; a script's exception is thrown here.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await browser.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true,
        }, session, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
            throw new InvalidOperationException($"Le script a échoué dans la page : {exception}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Waits until the script's value is true, asking every 50 ms.</summary>
    public async Task WaitForAsync(string condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if ((await EvaluateAsync(condition, cancellationToken)).ValueKind == JsonValueKind.True) return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                // The page is between two documents (a navigation): its context comes back.
            }
            if (DateTime.UtcNow > deadline)
            {
                // Where the page is and what it says (an error, a refusal) tell more than the condition alone.
                var state = await EvaluateAsync("location.href + ' : ' + (document.body?.innerText ?? '').slice(0, 400)", cancellationToken);
                throw new TimeoutException($"La page n'a pas atteint « {condition} » en {timeout.TotalSeconds:0} s ; elle est à {state}");
            }
            await Task.Delay(50, cancellationToken);
        }
    }

    public Task CloseAsync(CancellationToken cancellationToken) =>
        browser.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = targetId }, null, cancellationToken);
}
