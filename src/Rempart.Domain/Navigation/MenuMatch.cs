namespace Rempart.Domain.Navigation;

/// <summary>Which menu entries an address lights up.</summary>
public static class MenuMatch
{
    /// <summary>
    /// An entry is active on its own page and on the pages under it ("/gestion" on
    /// "/gestion/inscriptions/…"), and is the current page on its own page only (for aria-current).
    /// The address is a path, with or without its query and fragment; letter case and a final
    /// slash do not count.
    /// </summary>
    public static (bool Active, bool Current) Of(string href, string path)
    {
        var target = "/" + href.Trim('/');
        var here = "/" + path.Split('?', '#')[0].Trim('/');
        var current = string.Equals(here, target, StringComparison.OrdinalIgnoreCase);
        // The home page is under nothing: it lights up on itself only.
        var under = target != "/" && here.StartsWith(target + "/", StringComparison.OrdinalIgnoreCase);
        return (current || under, current);
    }
}
