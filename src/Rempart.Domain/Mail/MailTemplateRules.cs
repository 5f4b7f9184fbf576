using System.Text.RegularExpressions;

namespace Rempart.Domain.Mail;

/// <summary>
/// What a template must be before it is saved: a subject and a body of reasonable size, and only
/// the expressions Rempart allows: its kind's tokens (<c>{{token}}</c>), the unescaped form for
/// HTML tokens only (<c>{{{recapitulatif}}}</c>), <c>#if</c>/<c>#unless</c> blocks on a token,
/// <c>else</c>, and comments. Anything else (another helper, a partial, an unknown or misspelt
/// token) is refused with the expression named, rather than silently rendering empty.
/// </summary>
public static partial class MailTemplateRules
{
    public const int MaximumSubject = 200;
    public const int MaximumBody = 100_000;

    [GeneratedRegex(@"\{\{(\{?)(.*?)\}\}(\}?)", RegexOptions.Singleline)]
    private static partial Regex Expression();

    // Any word, so that a misspelt name (an accent, a capital) is reported as unknown by its name.
    [GeneratedRegex(@"^[\p{L}\d_]+(\.[\p{L}\d_]+)*$")]
    private static partial Regex TokenName();

    public static Dictionary<string, string> Validate(MailTemplateDefinition definition, string? subject, string? body)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(subject)) errors["Subject"] = "Indiquez l'objet du message.";
        else if (subject.Length > MaximumSubject) errors["Subject"] = $"{MaximumSubject} caractères au plus.";
        else if (subject.Contains('\n') || subject.Contains('\r')) errors["Subject"] = "L'objet tient sur une ligne.";
        else if (Check(definition, subject) is { } subjectError) errors["Subject"] = subjectError;

        if (string.IsNullOrWhiteSpace(body)) errors["Body"] = "Écrivez le texte du message.";
        else if (body.Length > MaximumBody) errors["Body"] = "Le message est trop long.";
        else if (Check(definition, body) is { } bodyError) errors["Body"] = bodyError;
        return errors;
    }

    /// <summary>The tokens a text uses, in order of first use.</summary>
    public static IReadOnlyList<string> TokensOf(string text) =>
        Expression().Matches(text).Select(Parse).Where(p => p.Kind is "value" or "raw" or "if" or "unless").Select(p => p.Token!).Distinct().ToList();

    private static string? Check(MailTemplateDefinition definition, string text)
    {
        var open = new Stack<string>();
        foreach (Match match in Expression().Matches(text))
        {
            var shown = match.Value.Length > 60 ? match.Value[..60] + "…" : match.Value;
            var (kind, token) = Parse(match);
            switch (kind)
            {
                case "comment":
                    continue;
                case "bad":
                    return $"« {shown} » n'est pas une expression permise : utilisez un nom de la liste, par exemple {{{{volontaire.prenom}}}}.";
                case "else":
                    if (open.Count == 0) return "« {{else}} » doit être à l'intérieur d'un {{#if …}}.";
                    continue;
                case "close":
                    if (open.Count == 0 || open.Pop() != token) return $"« {shown} » ne ferme aucun bloc ouvert.";
                    continue;
            }
            if (definition.Token(token!) is not { } known)
                return $"Le nom « {token} » n'existe pas pour ce message. Noms possibles : {string.Join(", ", definition.Tokens.Select(t => t.Name))}.";
            if (kind == "raw" && !known.Html)
                return $"« {shown} » afficherait « {token} » sans l'échapper : écrivez {{{{{token}}}}} (deux accolades).";
            if (kind is "if" or "unless") open.Push(kind);
        }
        return open.Count > 0 ? $"Un bloc {{{{#{open.Peek()} …}}}} n'est pas fermé par {{{{/{open.Peek()}}}}}." : null;
    }

    // Kinds: value, raw ({{{x}}}), if, unless, else, close (token = the block's name), comment, bad.
    private static (string Kind, string? Token) Parse(Match match)
    {
        var raw = match.Groups[1].Length == 1;
        if (raw != (match.Groups[3].Length == 1)) return ("bad", null);
        var inner = match.Groups[2].Value.Trim();
        if (inner.StartsWith('!')) return ("comment", null);
        if (raw) return TokenName().IsMatch(inner) ? ("raw", inner) : ("bad", null);
        if (inner == "else") return ("else", null);
        if (inner is "/if" or "/unless") return ("close", inner[1..]);
        var parts = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && parts[0] is "#if" or "#unless" && TokenName().IsMatch(parts[1])) return (parts[0][1..], parts[1]);
        return parts.Length == 1 && TokenName().IsMatch(inner) ? ("value", inner) : ("bad", null);
    }
}
