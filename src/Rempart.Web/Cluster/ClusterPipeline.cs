using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Rempart.Web.Cluster;

public static class ClusterPipeline
{
    public static IServiceCollection AddRempartCluster(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        services.Configure<ClusterOptions>(configuration.GetSection(ClusterOptions.Section));
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // One proxy in front: its own address is the last hop; nothing a client writes in the header is believed beyond it.
            forwarded.ForwardLimit = 1;
            foreach (var proxy in options.KnownProxies)
                if (IPAddress.TryParse(proxy, out var address)) forwarded.KnownProxies.Add(address);
        });
        return services;
    }

    /// <summary>First in the pipeline: the proxy's forwarded headers, then this server's name when it has one.</summary>
    public static WebApplication UseRempartCluster(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var name = app.Configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>()?.InstanceName;
        if (!string.IsNullOrWhiteSpace(name))
            app.Use((http, next) =>
            {
                http.Response.Headers["X-Rempart-Instance"] = name;
                return next(http);
            });
        return app;
    }
}
