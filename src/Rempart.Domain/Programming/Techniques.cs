namespace Rempart.Domain.Programming;

/// <summary>The heritage techniques the union's worksites teach, offered as choices (others may be typed).</summary>
public static class Techniques
{
    public static IReadOnlyList<string> Catalogue { get; } =
    [
        "maçonnerie", "taille de pierre", "charpente", "archéologie", "enduits à la chaux", "pierre sèche",
        "couverture", "menuiserie", "ferronnerie", "vitrail", "débroussaillage", "relevé et inventaire",
    ];

    public static IReadOnlyList<string> Split(string? techniques) =>
        (techniques ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Join(IEnumerable<string> techniques)
    {
        var list = techniques.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }
}
