using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Cluster;

/// <summary>
/// nginx (Debian's package, installed by scripts/test.sh) on a loopback port, running the
/// documented configuration deploy/nginx/rempart.conf with its two servers and its port replaced.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private NginxProxy(Process process, string folder, Uri address) => (this.process, this.folder, Address) = (process, folder, address);

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(Uri first, Uri second)
    {
        var folder = TestEnvironment.NewTempFolder("rempart-nginx");
        var port = TestEnvironment.FreePort();
        var documented = await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot, "deploy", "nginx", "rempart.conf"));
        var site = documented.Replace("127.0.0.1:5081", first.Authority).Replace("127.0.0.1:5082", second.Authority).Replace("listen 80;", $"listen 127.0.0.1:{port};");
        if (site == documented) throw new InvalidOperationException("deploy/nginx/rempart.conf no longer has the lines this test replaces.");
        await File.WriteAllTextAsync(Path.Combine(folder, "rempart.conf"), site);
        // As root, nginx's workers would otherwise run as nobody, who cannot write in this folder.
        var user = Environment.UserName == "root" ? "user root;" : "";
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{user}}
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/rempart.conf;
            }
            """);
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var process = Process.Start(new ProcessStartInfo(nginx, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("nginx did not start");
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"nginx stopped: {await process.StandardError.ReadToEndAsync()}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("nginx did not listen");
    }

    public string ErrorLog => File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log"), Encoding.UTF8) : "";

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

}
