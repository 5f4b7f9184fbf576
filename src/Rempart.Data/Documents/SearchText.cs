using System.Text.RegularExpressions;

namespace Rempart.Data.Documents;

/// <summary>
/// Turns what someone typed into a safe FTS5 expression: its words (letters and digits, accents
/// kept for the index to fold), each quoted and matched by prefix, all required. Quotes, operators,
/// parentheses, emoji and 10,000 characters of anything give words or nothing, never a syntax error.
/// </summary>
public static partial class SearchText
{
    public const int MaximumWords = 12;

    /// <returns>The FTS5 expression, or null when there is no word to look for.</returns>
    public static string? ToMatch(string? typed) => ToMatch(Words(typed));

    /// <summary>The FTS5 expression of words already cut by <see cref="Words"/>: each quoted, by prefix, all required.</summary>
    public static string? ToMatch(IReadOnlyList<string> words) => words.Count == 0 ? null : string.Join(" ", words.Select(w => $"\"{w}\"*"));

    // Typed in capitals, these are the search engine's operators, not words anyone looks for.
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    /// <summary>The words looked for; one-letter words (the l' of l'église) only when nothing else is typed.</summary>
    public static IReadOnlyList<string> Words(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return [];
        var all = Word().Matches(typed.Length > 2000 ? typed[..2000] : typed).Select(m => m.Value.Length > 40 ? m.Value[..40] : m.Value)
            .Where(w => !Operators.Contains(w)).ToList();
        var meaningful = all.Where(w => w.Length > 1).ToList();
        return (meaningful.Count > 0 ? meaningful : all).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaximumWords).ToList();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
