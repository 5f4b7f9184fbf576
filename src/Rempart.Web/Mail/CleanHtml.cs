using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Rempart.Web.Mail;

/// <summary>
/// Keeps only the HTML a message or a page needs, by allowlist over AngleSharp's DOM (there is no
/// HtmlSanitizer package here): text formatting, links, lists, headings, tables and images. Scripts,
/// styles sheets, frames, forms and SVG go with their content; other unknown elements are unwrapped
/// (their text stays); attributes are kept only where listed, links only to http(s), mailto and
/// tel (or a template token such as <c>{{lien_inscription}}</c>), images only from http(s) or an
/// inline picture, and inline styles only for alignment, colour and emphasis.
/// </summary>
public static partial class CleanHtml
{
    private static readonly HashSet<string> Allowed =
    [
        "p", "br", "strong", "b", "em", "i", "u", "s", "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "blockquote", "table", "thead", "tbody",
        "tfoot", "tr", "th", "td", "caption", "span", "div", "hr", "img", "sub", "sup", "pre", "code", "figure", "figcaption",
    ];

    private static readonly HashSet<string> Dropped =
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea", "select", "option",
        "svg", "math", "template", "noscript", "link", "meta", "base", "head", "title", "audio", "video", "source", "track", "canvas", "portal",
    ];

    private static readonly Dictionary<string, HashSet<string>> Attributes = new()
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "width", "height", "title"],
        ["td"] = ["colspan", "rowspan"],
        ["th"] = ["colspan", "rowspan", "scope"],
    };

    private static readonly HashSet<string> StyleProperties = ["text-align", "color", "background-color", "font-weight", "font-style", "text-decoration"];

    [GeneratedRegex(@"^\{\{[a-z_.]+\}\}$")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[#a-zA-Z0-9 ,.%()-]{1,40}$")]
    private static partial Regex StyleValue();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$")]
    private static partial Regex InlinePicture();

    /// <param name="html">What the editor gave.</param>
    /// <param name="sameSiteLinks">
    /// Also keep links and pictures within Rempart ("/documents/..."): right for the extranet's pages,
    /// which are read here; wrong for a mail, where such a link would lead nowhere.
    /// </param>
    public static string Execute(string? html, bool sameSiteLinks = false)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;
        foreach (var comment in body.Descendants<IComment>().ToList()) comment.Remove();
        // Deepest first, so that unwrapping an element never skips what it contained.
        foreach (var element in body.QuerySelectorAll("*").Reverse().ToList())
        {
            var name = element.LocalName;
            if (Dropped.Contains(name) || element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri) element.Remove();
            else if (!Allowed.Contains(name)) Unwrap(element);
            else CleanAttributes(element, sameSiteLinks);
        }
        return body.InnerHtml;
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent;
        if (parent is null) return;
        while (element.FirstChild is { } child) parent.InsertBefore(child, element);
        element.Remove();
    }

    private static void CleanAttributes(IElement element, bool sameSiteLinks)
    {
        var allowed = Attributes.GetValueOrDefault(element.LocalName);
        foreach (var attribute in element.Attributes.ToList())
        {
            var name = attribute.Name.ToLowerInvariant();
            var keep = name == "style" ? CleanStyle(attribute.Value) is { Length: > 0 } style && Set(element, style)
                : allowed?.Contains(name) == true && name switch
                {
                    "href" => SafeLink(attribute.Value) || (sameSiteLinks && SameSite(attribute.Value)),
                    "src" => SafePicture(attribute.Value) || (sameSiteLinks && SameSite(attribute.Value)),
                    _ => true,
                };
            if (!keep) element.RemoveAttribute(attribute.Name);
        }
        if (element.LocalName == "a" && element.HasAttribute("href")) element.SetAttribute("rel", "noopener noreferrer");
    }

    private static bool Set(IElement element, string style)
    {
        element.SetAttribute("style", style);
        return true;
    }

    private static string CleanStyle(string style) => string.Join("; ", style.Split(';')
        .Select(d => d.Split(':', 2))
        .Where(d => d.Length == 2 && StyleProperties.Contains(d[0].Trim().ToLowerInvariant()) && StyleValue().IsMatch(d[1].Trim()))
        .Select(d => $"{d[0].Trim().ToLowerInvariant()}: {d[1].Trim()}"));

    private static bool SafeLink(string value)
    {
        var link = value.Trim();
        if (Token().IsMatch(link)) return true;
        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel";
    }

    /// <summary>A path of this site: one slash, then no scheme and no second slash or backslash that would make it another host.</summary>
    private static bool SameSite(string value)
    {
        var path = value.Trim();
        return path.StartsWith('/') && path.Length > 1 && path[1] is not ('/' or '\\') && !path.Contains(':', StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal);
    }

    private static bool SafePicture(string value)
    {
        var source = value.Trim();
        return InlinePicture().IsMatch(source) || (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
    }
}
