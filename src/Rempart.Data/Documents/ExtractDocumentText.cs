using System.IO.Compression;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>
/// Reads a file's words for the index: a PDF through poppler's <c>pdftotext</c> (and, when it has
/// none, through <c>ocrmypdf</c> in French and English if it is installed), Word and OpenDocument
/// texts from their XML, plain text as it is. Null when no word can be read.
/// </summary>
public sealed class ExtractDocumentText(IOptions<DocumentOptions> options, ILogger<ExtractDocumentText> logger)
{
    /// <summary>Enough for any minutes or technical note; the index does not need a whole book.</summary>
    public const int MaximumCharacters = 1_000_000;

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    public async Task<string?> ExecuteAsync(string path, StoredFormat format, CancellationToken cancellationToken = default)
    {
        var text = format.Text switch
        {
            TextSource.Pdf => await PdfAsync(path, cancellationToken),
            TextSource.Docx => Xml(path, "word/document.xml", "p"),
            TextSource.Odt => Xml(path, "content.xml", "p", "h"),
            TextSource.PlainText => await File.ReadAllTextAsync(path, cancellationToken),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text)) return null;
        return text.Length > MaximumCharacters ? text[..MaximumCharacters] : text;
    }

    private async Task<string?> PdfAsync(string path, CancellationToken cancellationToken)
    {
        var text = await RunAsync(options.Value.PdfToTextCommand, ["-enc", "UTF-8", "-q", path, "-"], cancellationToken);
        if (!string.IsNullOrWhiteSpace(text)) return text;
        // A scan: its words are in pictures. OCR, when installed, writes a copy with a text layer.
        var copy = Path.Combine(Path.GetTempPath(), $"rempart-ocr-{Guid.NewGuid():N}.pdf");
        try
        {
            if (await RunAsync(options.Value.OcrCommand, ["-q", "-l", "fra+eng", "--skip-text", path, copy], cancellationToken) is null || !File.Exists(copy)) return null;
            return await RunAsync(options.Value.PdfToTextCommand, ["-enc", "UTF-8", "-q", copy, "-"], cancellationToken);
        }
        finally
        {
            if (File.Exists(copy)) File.Delete(copy);
        }
    }

    /// <summary>The text of every paragraph element, a line each (Word's w:p, OpenDocument's text:p and text:h), whatever their namespace.</summary>
    private static string? Xml(string path, string entry, params string[] paragraphs)
    {
        using var zip = ZipFile.OpenRead(path);
        var part = zip.GetEntry(entry);
        if (part is null) return null;
        var text = new StringBuilder();
        using var reader = XmlReader.Create(part.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read() && text.Length < MaximumCharacters)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA) text.Append(reader.Value);
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "tab" or "s") text.Append(' ');
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "br" or "line-break") text.Append('\n');
            else if (reader.NodeType == XmlNodeType.EndElement && paragraphs.Contains(reader.LocalName)) text.Append('\n');
        }
        return text.ToString();
    }

    private Task<string?> RunAsync(string command, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunTool.ExecuteAsync(command, arguments, ToolTimeout, logger, cancellationToken);
}
