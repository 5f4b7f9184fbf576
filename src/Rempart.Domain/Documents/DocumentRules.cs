namespace Rempart.Domain.Documents;

/// <summary>What a folder and a document must be.</summary>
public static class DocumentRules
{
    public const int MaximumTitle = 200;
    public const int MaximumDescription = 2_000;
    public const int MaximumTags = 500;
    public const int MaximumFolderName = 120;

    public static Dictionary<string, string> ValidateFolder(string? name, int? archiveAfterDays)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Donnez un nom au dossier.";
        else if (name.Trim().Length > MaximumFolderName) errors["Name"] = $"{MaximumFolderName} caractères au plus.";
        if (archiveAfterDays is < 0 or > 36_500) errors["ArchiveAfterDays"] = "Entre 0 (jamais) et 36 500 jours.";
        return errors;
    }

    public static Dictionary<string, string> ValidateDocument(string? title, string? description, string? tags)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(title)) errors["Title"] = "Donnez un titre au document.";
        else if (title.Trim().Length > MaximumTitle) errors["Title"] = $"{MaximumTitle} caractères au plus.";
        if (description?.Trim().Length > MaximumDescription) errors["Description"] = $"{MaximumDescription} caractères au plus.";
        if (NormaliseTags(tags).Length > MaximumTags) errors["Tags"] = $"{MaximumTags} caractères au plus pour l'ensemble des mots-clés.";
        return errors;
    }

    /// <summary>Tags as stored: trimmed, without empty ones or duplicates (accents and case kept as typed).</summary>
    public static string NormaliseTags(string? tags) =>
        string.Join(", ", (tags ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .DistinctBy(t => t.ToLowerInvariant()));

    /// <summary>A title from a file's name, when several files are dropped at once: "compte-rendu_mars.pdf" becomes "compte-rendu mars".</summary>
    public static string TitleFromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).Replace('_', ' ').Trim();
        return name.Length == 0 ? "Document" : name.Length > MaximumTitle ? name[..MaximumTitle] : name;
    }
}
