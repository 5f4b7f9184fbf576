using Microsoft.Extensions.Options;
using Rempart.Web.Map;

namespace Rempart.Web.Ui;

/// <summary>Bound from "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Redirect HTTP to HTTPS and send HSTS (outside development). Off only where TLS ends elsewhere and the proxy already does it.</summary>
    public bool RequireHttps { get; set; } = true;
}

/// <summary>
/// Headers on every response: a Content-Security-Policy limiting where scripts, styles, images and
/// connections may come from, no framing, no MIME sniffing, no referrer to other sites.
/// Scripts come from our origin only, never inline (no import map: our modules are imported by
/// path); styles still allow 'unsafe-inline', because Blazor and Radzen set style attributes, which
/// no nonce can cover (see docs/decisions/0009-sign-in-security.md).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<MapOptions> map)
{
    private readonly string policy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        // The captcha's proof of work runs in a worker loaded from our origin (wwwroot/lib/altcha).
        "worker-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        $"img-src 'self' data: {TileOrigin(map.Value.TileUrl)}".TrimEnd(),
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(context);
    }

    private static string TileOrigin(string tileUrl) =>
        Uri.TryCreate(tileUrl.Replace("{s}", "a").Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0"), UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Host}" + (uri.IsDefaultPort ? "" : $":{uri.Port}")
            : "";
}
