using System.Collections.Concurrent;
using HandlebarsDotNet;

namespace Rempart.Web.Mail;

/// <summary>
/// Renders a template's subject and body with Handlebars.Net over flat tokens ("session.dates" →
/// a small tree of dictionaries, never an object of ours whose other properties a template could
/// reach). The body HTML-escapes every <c>{{token}}</c>; the subject is plain text and is not
/// escaped. Compiled templates are cached by their text.
/// </summary>
public static class RenderTemplate
{
    private static readonly IHandlebars Html = Handlebars.Create(new HandlebarsConfiguration());
    private static readonly IHandlebars Text = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    private static readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> HtmlCache = new();
    private static readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> TextCache = new();

    public static string Body(string template, IReadOnlyDictionary<string, string?> tokens) =>
        Compile(HtmlCache, Html, template)(Tree(tokens));

    public static string Subject(string template, IReadOnlyDictionary<string, string?> tokens) =>
        Compile(TextCache, Text, template)(Tree(tokens)).ReplaceLineEndings(" ").Trim();

    /// <summary>Null when the text compiles; the compiler's complaint in French otherwise (an unclosed block, a stray brace).</summary>
    public static string? Problem(string template)
    {
        try
        {
            Html.Compile(template);
            return null;
        }
        catch (HandlebarsException exception)
        {
            return $"Le modèle est mal formé : {exception.Message}";
        }
    }

    private static HandlebarsTemplate<object, object> Compile(ConcurrentDictionary<string, HandlebarsTemplate<object, object>> cache, IHandlebars handlebars, string template)
    {
        if (cache.Count > 500) cache.Clear();
        return cache.GetOrAdd(template, handlebars.Compile);
    }

    private static Dictionary<string, object> Tree(IReadOnlyDictionary<string, string?> tokens)
    {
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in tokens)
        {
            var parts = name.Split('.');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (!node.TryGetValue(part, out var child) || child is not Dictionary<string, object> next) node[part] = next = new Dictionary<string, object>(StringComparer.Ordinal);
                node = next;
            }
            node[parts[^1]] = value ?? "";
        }
        return root;
    }
}
