using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Rempart.Domain.Navigation;

namespace Rempart.Web.Navigation;

/// <summary>
/// The menu as one piece of HTML (plain links with Radzen's panel-menu classes), shared by every
/// circuit showing the same entries in the same state. Rendered as markup, the menu is one frame of
/// the circuit's render tree instead of some three hundred, kept twice (the current and the previous
/// render) in every open circuit; and the text itself is shared, not copied per circuit. Blazor's
/// router still takes the links' clicks: it listens on the whole document.
/// </summary>
public static class MenuMarkup
{
    private const int Remembered = 2048;
    private static readonly ConcurrentDictionary<string, string> Made = new(StringComparer.Ordinal);

    /// <param name="spaces">The spaces the person has, in menu order.</param>
    /// <param name="path">The page's address, relative to the base (as NavigationManager gives it).</param>
    /// <param name="label">An entry's label (localised, with the unread count where it shows one).</param>
    /// <param name="unread">The unread count shown, part of what makes two menus the same.</param>
    public static string For(IReadOnlyList<Space> spaces, string path, Func<string, MenuItem?, string> label, int unread)
    {
        var states = new StringBuilder();
        foreach (var space in spaces)
        {
            states.Append(State(space.Href, path));
            foreach (var section in space.Sections) states.Append(State(section.Href, path));
        }
        var key = $"{CultureInfo.CurrentUICulture.Name}|{string.Join(',', spaces.Select(s => s.Key))}|{states}|{unread}";
        if (Made.TryGetValue(key, out var made)) return made;
        // A bound on what is remembered: the states of thirty entries times a few counts, never reached in practice.
        if (Made.Count >= Remembered) Made.Clear();
        return Made.GetOrAdd(key, _ => Write(spaces, path, label));
    }

    private static char State(string href, string path) => MenuMatch.Of(href, path) switch
    {
        (_, true) => 'c',
        (true, _) => 'a',
        _ => '-',
    };

    private static string Write(IReadOnlyList<Space> spaces, string path, Func<string, MenuItem?, string> label)
    {
        var html = new StringBuilder("""<ul class="rz-panel-menu rempart-menu">""");
        foreach (var space in spaces)
        {
            html.Append("""<li class="rz-navigation-item" style="--rz-navigation-item-level: 1">""");
            Link(html, space.Href, space.Icon, label(space.TitleKey, null), path, expands: space.Sections.Count > 0);
            if (space.Sections.Count > 0)
            {
                html.Append("""<div class="rz-expander rz-state-expanded"><div class="rz-expander-content"><ul class="rz-navigation-menu">""");
                foreach (var section in space.Sections)
                {
                    html.Append("""<li class="rz-navigation-item" style="--rz-navigation-item-level: 2">""");
                    Link(html, section.Href, section.Icon, label(section.TitleKey, section), path, expands: false);
                    html.Append("</li>");
                }
                html.Append("</ul></div></div>");
            }
            html.Append("</li>");
        }
        return html.Append("</ul>").ToString();
    }

    /// <summary>One entry: active (highlighted) on its page and the pages under it, "current page" on its own page only.</summary>
    private static void Link(StringBuilder html, string href, string icon, string label, string path, bool expands)
    {
        var (active, current) = MenuMatch.Of(href, path);
        var encode = HtmlEncoder.Default;
        html.Append($"""<div class="rz-navigation-item-wrapper{(active ? " rz-navigation-item-wrapper-active" : "")}">""")
            .Append($"""<a href="{encode.Encode(href)}" class="rz-navigation-item-link{(active ? " rz-navigation-item-link-active active" : "")}"{(current ? " aria-current=\"page\"" : "")}>""")
            .Append($"""<i class="notranslate rzi rz-navigation-item-icon" aria-hidden="true">{encode.Encode(icon)}</i>""")
            .Append($"""<span class="rz-navigation-item-text">{encode.Encode(label)}</span>""");
        if (expands) html.Append("""<i class="notranslate rzi rz-navigation-item-icon-children rz-state-expanded" aria-hidden="true">keyboard_arrow_down</i>""");
        html.Append("</a></div>");
    }
}
