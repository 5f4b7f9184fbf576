namespace Rempart.Data.Programming;

/// <summary>Bound from "Photos".</summary>
public sealed class PhotoOptions
{
    public const string Section = "Photos";

    /// <summary>Largest photo accepted, in bytes.</summary>
    public long MaxBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>libvips' thumbnailer, which makes the smaller sizes (Debian's libvips-tools).</summary>
    public string ThumbnailCommand { get; set; } = "vipsthumbnail";

    /// <summary>
    /// The address photos are served from, for the public API's absolute URLs. Set by the web
    /// project from Mail:PublicBaseUrl, the one place the site's public address is configured.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
