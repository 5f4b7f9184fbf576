namespace Rempart.Domain.Programming;

public static class PhotoRules
{
    public const int MaxAltLength = 300;

    /// <summary>Why this file cannot be a photo, or null when it can.</summary>
    public static string? Refuse(string fileName, long size, long maxBytes, ImageFormat? format, string? altText)
    {
        if (size == 0) return $"« {fileName} » est vide.";
        if (size > maxBytes) return $"« {fileName} » dépasse la taille maximale de {maxBytes / (1024 * 1024)} Mo.";
        if (format is null) return $"« {fileName} » n'est pas une image JPEG, PNG ou WebP.";
        return RefuseDescription(fileName, altText);
    }

    /// <summary>Why this description cannot stand in for the photo, or null when it can.</summary>
    public static string? RefuseDescription(string fileName, string? altText)
    {
        if (string.IsNullOrWhiteSpace(altText)) return $"Décrivez « {fileName} » en quelques mots : ce texte remplace la photo pour les personnes qui ne la voient pas.";
        if (altText.Length > MaxAltLength) return $"La description de « {fileName} » dépasse {MaxAltLength} caractères.";
        return null;
    }

    /// <summary>Positions 0..n-1 in the given order, and exactly one cover when there are photos.</summary>
    public static void Arrange(IList<Photo> photos, IReadOnlyList<Guid> order, Guid? cover)
    {
        var ranked = photos.OrderBy(p => order.ToList().IndexOf(p.Id) is var i && i >= 0 ? i : int.MaxValue).ThenBy(p => p.Position).ToList();
        for (var i = 0; i < ranked.Count; i++) ranked[i].Position = i;
        var coverId = cover is { } c && photos.Any(p => p.Id == c) ? c : photos.FirstOrDefault(p => p.IsCover)?.Id ?? ranked.FirstOrDefault()?.Id;
        foreach (var photo in photos) photo.IsCover = photo.Id == coverId;
    }
}
