namespace Rempart.Web.Accounts;

public static class LocalUrl
{
    /// <summary>The url when it stays on this site ("/x", not "//evil" nor "https://evil"), otherwise the fallback.</summary>
    public static string OrDefault(string? url, string fallback = "/") =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
            && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : fallback;
}
