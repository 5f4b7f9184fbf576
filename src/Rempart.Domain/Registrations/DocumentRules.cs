namespace Rempart.Domain.Registrations;

/// <summary>A file format accepted for registration documents, recognised by its first bytes, never by its name.</summary>
public sealed record DocumentFormat(string ContentType, string Extension)
{
    public static readonly DocumentFormat Pdf = new("application/pdf", "pdf");
    public static readonly DocumentFormat Jpeg = new("image/jpeg", "jpg");
    public static readonly DocumentFormat Png = new("image/png", "png");

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Needs the first 8 bytes; null for anything else (a script renamed .pdf, an office file, an SVG).</summary>
    public static DocumentFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 5 && header[..5].SequenceEqual("%PDF-"u8)) return Pdf;
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF) return Jpeg;
        if (header.Length >= 8 && header[..8].SequenceEqual(PngSignature)) return Png;
        return null;
    }
}

/// <summary>Which documents a registration needs, and what an upload must be.</summary>
public static class DocumentRules
{
    /// <summary>
    /// The session's own requirements, plus a parental authorisation for a volunteer under 18 on the
    /// session's first day (always: a minor does not join a worksite without it).
    /// </summary>
    public static IReadOnlyList<DocumentKind> Required(bool identityDocument, bool healthForm, string? certificate, int ageAtStart)
    {
        var kinds = new List<DocumentKind>();
        if (identityDocument) kinds.Add(DocumentKind.IdentityDocument);
        if (ageAtStart < 18) kinds.Add(DocumentKind.ParentalAuthorisation);
        if (healthForm) kinds.Add(DocumentKind.HealthForm);
        if (!string.IsNullOrWhiteSpace(certificate)) kinds.Add(DocumentKind.Certificate);
        return kinds;
    }

    /// <summary>Null when the upload can be kept; otherwise why not, in French.</summary>
    public static string? Refuse(string fileName, long size, long maxBytes, DocumentFormat? format)
    {
        if (size == 0) return $"Le fichier « {fileName} » est vide.";
        if (size > maxBytes) return $"Le fichier « {fileName} » dépasse {maxBytes / 1024 / 1024} Mo.";
        if (format is null) return $"Le fichier « {fileName} » n'est ni un PDF, ni une image JPEG ou PNG : envoyez un scan ou une photo du document.";
        return null;
    }

    public static string Label(DocumentKind kind, string? certificate = null) => kind switch
    {
        DocumentKind.IdentityDocument => "Pièce d'identité",
        DocumentKind.ParentalAuthorisation => "Autorisation parentale",
        DocumentKind.HealthForm => "Fiche sanitaire",
        _ => string.IsNullOrWhiteSpace(certificate) ? "Certificat" : certificate.Trim(),
    };
}
