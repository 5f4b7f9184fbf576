namespace Rempart.Domain.Documents;

/// <summary>Where a document's words come from, for the search index.</summary>
public enum TextSource
{
    None,
    Pdf,
    Docx,
    Odt,
    PlainText,
}

/// <summary>A format the docuthèque keeps, recognised by the file's content (never by its name alone).</summary>
public sealed record StoredFormat(string ContentType, string Extension, TextSource Text)
{
    public static readonly StoredFormat Pdf = new("application/pdf", "pdf", TextSource.Pdf);
    public static readonly StoredFormat Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", TextSource.Docx);
    public static readonly StoredFormat Odt = new("application/vnd.oasis.opendocument.text", "odt", TextSource.Odt);
    public static readonly StoredFormat PlainText = new("text/plain; charset=utf-8", "txt", TextSource.PlainText);
    public static readonly StoredFormat Jpeg = new("image/jpeg", "jpg", TextSource.None);
    public static readonly StoredFormat Png = new("image/png", "png", TextSource.None);

    public static readonly string Accepted = "PDF, Word (.docx), OpenDocument (.odt), texte (.txt), JPEG ou PNG";

    /// <summary>Only PDFs and images open in the browser; everything else downloads.</summary>
    public bool Previews => this == Pdf || this == Jpeg || this == Png;

    public static StoredFormat? FromContentType(string contentType) =>
        new[] { Pdf, Docx, Odt, PlainText, Jpeg, Png }.FirstOrDefault(f => f.ContentType == contentType);
}
