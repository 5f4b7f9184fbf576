using System.IO.Compression;
using System.Text;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>
/// Tells what a file is from its content: PDF, JPEG and PNG by their first bytes; Word and
/// OpenDocument texts by what their zip holds; plain text only when it is valid UTF-8, has no
/// control characters and is not markup (an SVG or an HTML page with script is refused). A program
/// renamed ".pdf" is refused for what it is.
/// </summary>
public static class DetectDocumentFormat
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly string[] TextExtensions = [".txt", ".md", ".csv"];

    /// <returns>The format, or why the file is refused (in French).</returns>
    public static (StoredFormat? Format, string? Refusal) Detect(string path, string fileName)
    {
        var header = new byte[8];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        var start = header.AsSpan(0, read);
        if (start.StartsWith("MZ"u8) || start.StartsWith("\u007fELF"u8))
            return (null, $"« {fileName} » est un programme, pas un document : il est refusé.");
        if (start.StartsWith("%PDF-"u8)) return (StoredFormat.Pdf, null);
        if (start.Length >= 3 && start[0] == 0xFF && start[1] == 0xD8 && start[2] == 0xFF) return (StoredFormat.Jpeg, null);
        if (start.StartsWith(PngSignature)) return (StoredFormat.Png, null);
        if (start.StartsWith("PK\u0003\u0004"u8)) return Zip(path, fileName);
        if (TextExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) && IsPlainText(path)) return (StoredFormat.PlainText, null);
        return (null, $"« {fileName} » n'est pas d'un format accepté ({StoredFormat.Accepted}).");
    }

    private static (StoredFormat?, string?) Zip(string path, string fileName)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var mimetype = zip.GetEntry("mimetype");
            if (mimetype is not null)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                if (reader.ReadToEnd().Trim() == StoredFormat.Odt.ContentType && zip.GetEntry("content.xml") is not null) return (StoredFormat.Odt, null);
            }
            if (zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null) return (StoredFormat.Docx, null);
        }
        catch (InvalidDataException)
        {
            return (null, $"« {fileName} » est une archive abîmée.");
        }
        return (null, $"« {fileName} » est une archive, pas un document d'un format accepté ({StoredFormat.Accepted}).");
    }

    private static bool IsPlainText(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))) return false;
        var opening = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return !(opening.StartsWith("<") && (opening.Contains("<svg", StringComparison.OrdinalIgnoreCase)
            || opening.Contains("<script", StringComparison.OrdinalIgnoreCase) || opening.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || opening.Contains("<?xml", StringComparison.OrdinalIgnoreCase)));
    }
}
