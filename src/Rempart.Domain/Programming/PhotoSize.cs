namespace Rempart.Domain.Programming;

/// <summary>
/// The sizes a photo is served in besides its original: a fixed few, so that nobody can make the
/// server resize for every width they can type. The value is the largest width in pixels.
/// </summary>
public enum PhotoSize
{
    Thumbnail = 320,
    Medium = 800,
    Large = 1600,
}

public static class PhotoSizes
{
    /// <summary>How a size is named in addresses (<c>/photos/{id}?taille=vignette</c>).</summary>
    public static string Name(PhotoSize size) => size switch
    {
        PhotoSize.Thumbnail => "vignette",
        PhotoSize.Medium => "moyenne",
        _ => "grande",
    };

    public static PhotoSize? Parse(string? name) => name switch
    {
        "vignette" => PhotoSize.Thumbnail,
        "moyenne" => PhotoSize.Medium,
        "grande" => PhotoSize.Large,
        _ => null,
    };

    /// <summary>The photo's address under <paramref name="baseUrl"/>: the original, or one size of it.</summary>
    public static string Url(string baseUrl, Guid photoId, PhotoSize? size = null) =>
        $"{baseUrl.TrimEnd('/')}/photos/{photoId}" + (size is { } s ? $"?taille={Name(s)}" : "");
}
