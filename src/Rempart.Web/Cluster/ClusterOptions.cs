namespace Rempart.Web.Cluster;

/// <summary>Bound from "Cluster": Rempart on several servers behind a reverse proxy (docs/deploy-cluster.md).</summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>This server's name, sent back in an X-Rempart-Instance header when set (to tell, behind the proxy, which server answered).</summary>
    public string InstanceName { get; set; } = "";

    /// <summary>
    /// The addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed (the client's address for the audit log and rate limits, https for cookies and
    /// redirects). Loopback is always believed; anything else only when listed.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];
}
