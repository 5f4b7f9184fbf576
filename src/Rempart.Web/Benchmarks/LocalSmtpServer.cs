using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// A real SMTP server on loopback for the mail benchmark: Python's aiosmtpd (Debian package
/// python3-aiosmtpd, which the test command installs), storing what it receives in a maildir of
/// its own so the messages can be counted. Null from <see cref="TryStartAsync"/> when it is not installed.
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string maildir;

    public string Host => "127.0.0.1";
    public int Port { get; }

    private LocalSmtpServer(Process process, string maildir, int port) => (this.process, this.maildir, Port) = (process, maildir, port);

    /// <summary>How many messages the server has stored.</summary>
    public int Received => Directory.EnumerateFiles(Path.Combine(maildir, "new")).Count();

    public static async Task<LocalSmtpServer?> TryStartAsync(string python, CancellationToken cancellationToken)
    {
        var maildir = Path.Combine(Path.GetTempPath(), $"rempart-bench-maildir-{Guid.NewGuid():N}");
        foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(maildir, sub));
        var port = BenchServer.FreePort();
        Process? process;
        try
        {
            process = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-u", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process = null;
        }
        if (process is null)
        {
            Directory.Delete(maildir, recursive: true);
            return null;
        }
        var server = new LocalSmtpServer(process, maildir, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited) break;
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        await server.DisposeAsync();
        return null;
    }

    /// <summary>Waits until the server has stored <paramref name="count"/> messages in all; a shortfall after ten seconds is an error.</summary>
    public async Task WaitForAsync(int count, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Received < count)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Le serveur SMTP n'a reçu que {Received} messages sur {count} : la mesure serait fausse.");
            await Task.Delay(20, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Directory.Delete(maildir, recursive: true);
    }
}
