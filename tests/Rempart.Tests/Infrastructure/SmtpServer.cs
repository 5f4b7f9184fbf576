using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rempart.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (Python's aiosmtpd, Debian package python3-aiosmtpd) that stores every message
/// it receives in a maildir, started once for the whole test run.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private static readonly Lazy<SmtpServer> shared = new(() => new SmtpServer());
    private readonly Process process;

    public static SmtpServer Shared => shared.Value;

    public string Host => "127.0.0.1";
    public int Port { get; }
    public string Maildir { get; }

    private SmtpServer()
    {
        Port = TestEnvironment.FreePort();
        Maildir = TestEnvironment.NewTempFolder("rempart-maildir");
        foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(Maildir, sub));
        process = Process.Start(new ProcessStartInfo(TestEnvironment.PythonPath,
            ["-m", "aiosmtpd", "-n", "-u", "-l", $"{Host}:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Could not start aiosmtpd");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        WaitUntilListening();
    }

    /// <summary>
    /// Waits for the message sent to <paramref name="recipient"/> (and whose body, decoded, contains
    /// <paramref name="bodyContains"/> when given: one person may receive several) and returns its raw text.
    /// </summary>
    public async Task<string> WaitForMessageToAsync(string recipient, TimeSpan? timeout = null, string? bodyContains = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Maildir, "new")))
            {
                var text = await File.ReadAllTextAsync(file);
                if (text.Contains($"To: {recipient}", StringComparison.OrdinalIgnoreCase)
                    && (bodyContains is null || WebUtility.HtmlDecode(MailText.BodyOf(text)).Contains(bodyContains, StringComparison.Ordinal)))
                    return text;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No message to {recipient} reached the SMTP server.");
    }

    /// <summary>How many messages to <paramref name="recipient"/> the server holds now.</summary>
    public int CountMessagesTo(string recipient) =>
        Directory.EnumerateFiles(Path.Combine(Maildir, "new")).Count(f => File.ReadAllText(f).Contains($"To: {recipient}", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every message whose recipient ends with <paramref name="domain"/>, raw, read once each.</summary>
    public IReadOnlyList<(string To, string Raw)> MessagesTo(string domain) =>
        Directory.EnumerateFiles(Path.Combine(Maildir, "new")).Select(File.ReadAllText)
            .Select(raw => (To: Web.Mail.MimeText.Parse(raw).Headers.GetValueOrDefault("To") ?? "", Raw: raw))
            .Where(m => m.To.EndsWith(domain, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>How many messages to <paramref name="recipient"/> whose decoded body contains <paramref name="bodyContains"/>.</summary>
    public int CountMessagesTo(string recipient, string bodyContains) =>
        Directory.EnumerateFiles(Path.Combine(Maildir, "new")).Select(File.ReadAllText)
            .Count(raw => raw.Contains($"To: {recipient}", StringComparison.OrdinalIgnoreCase) && WebUtility.HtmlDecode(MailText.BodyOf(raw)).Contains(bodyContains, StringComparison.Ordinal));

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException("aiosmtpd exited: " + process.StandardError.ReadToEnd());
            try
            {
                using var client = new TcpClient();
                client.Connect(Host, Port);
                return;
            }
            catch (SocketException) { Thread.Sleep(100); }
        }
        throw new TimeoutException("aiosmtpd did not start listening.");
    }


    public void Dispose()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }
}
