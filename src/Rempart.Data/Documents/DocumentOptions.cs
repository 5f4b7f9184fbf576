namespace Rempart.Data.Documents;

/// <summary>Bound from "Documents".</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The largest file the docuthèque keeps.</summary>
    public int MaxMegabytes { get; set; } = 25;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;

    /// <summary>How often the background indexer looks for documents to read.</summary>
    public int IndexPollSeconds { get; set; } = 10;

    /// <summary>The OCR command run on a PDF without text (ocrmypdf, French and English); absent, such a PDF is flagged "not searchable".</summary>
    public string OcrCommand { get; set; } = "ocrmypdf";

    /// <summary>The poppler command that reads a PDF's text.</summary>
    public string PdfToTextCommand { get; set; } = "pdftotext";
}
