using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Rempart.Web.Pdf;

/// <summary>
/// Writes simple text documents as PDF on A4 pages: a title, headings, paragraphs wrapped at word
/// boundaries, "label : value" lines, new pages as the text flows. DejaVu Sans regular and bold
/// are embedded (shipped from npm into data-files/fonts), so the file reads the same everywhere.
/// Our own small writer: PDFsharp, the library at hand, now needs a licence (AGPL or paid) chosen
/// by the union (docs/decisions/0014-own-pdf-writer.md).
/// </summary>
public sealed class PdfTextDocument
{
    private const double PageWidth = 595.28, PageHeight = 841.89, Margin = 50;
    private static readonly Lazy<(TrueTypeFont Regular, TrueTypeFont Bold)> Fonts = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data-files", "fonts");
        return (TrueTypeFont.Load("DejaVuSans", Path.Combine(folder, "DejaVuSans.ttf")), TrueTypeFont.Load("DejaVuSans-Bold", Path.Combine(folder, "DejaVuSans-Bold.ttf")));
    });

    private readonly string title;
    private readonly List<StringBuilder> pages = [];
    private double y;

    public PdfTextDocument(string title)
    {
        this.title = title;
        NewPage();
        Write(title, bold: true, size: 17, after: 10);
    }

    private static TrueTypeFont Regular => Fonts.Value.Regular;
    private static TrueTypeFont Bold => Fonts.Value.Bold;

    public void Heading(string text)
    {
        y += 8;
        Write(text, bold: true, size: 12.5, after: 4);
    }

    public void Paragraph(string text) => Write(text, bold: false, size: 10, after: 4);

    /// <summary>"Label : value" with the label in bold; nothing when the value is empty.</summary>
    public void Field(string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        Write(value, bold: false, size: 10, after: 2, label: $"{label} : ");
    }

    /// <summary>
    /// A table row: the text on the left, wrapped within its column, an optional smaller grey detail
    /// under it (why a price applies), and the amount aligned on the right margin.
    /// </summary>
    public void Row(string text, string amount, bool bold = false, string? detail = null)
    {
        const double size = 10, amountColumn = 110;
        var font = bold ? Bold : Regular;
        var lines = Wrap(text, font, size, PageWidth - (2 * Margin) - amountColumn).ToList();
        var details = detail is null ? [] : Wrap(detail, Regular, 8.5, PageWidth - (2 * Margin) - amountColumn).ToList();
        var height = (lines.Count * size * 1.3) + (details.Count * 8.5 * 1.3) + 4;
        if (y + height > PageHeight - Margin) NewPage();
        var page = pages[^1];
        var fontName = bold ? "F2" : "F1";
        page.Append(Text(fontName, size, PageWidth - Margin - Measure(amount, font, size), PageHeight - y - size, amount));
        foreach (var line in lines)
        {
            page.Append(Text(fontName, size, Margin, PageHeight - y - size, line));
            y += size * 1.3;
        }
        if (details.Count > 0)
        {
            page.Append("0.35 g\n");
            foreach (var line in details)
            {
                page.Append(Text("F1", 8.5, Margin + 8, PageHeight - y - 8.5, line));
                y += 8.5 * 1.3;
            }
            page.Append("0 g\n");
        }
        y += 4;
    }

    /// <summary>A thin horizontal line across the text width, to close a table or a block.</summary>
    public void Rule()
    {
        if (y + 6 > PageHeight - Margin) NewPage();
        var at = PageHeight - y - 2;
        pages[^1].Append(string.Create(CultureInfo.InvariantCulture, $"0.5 w {Margin:0.##} {at:0.##} m {PageWidth - Margin:0.##} {at:0.##} l S\n"));
        y += 6;
    }

    /// <summary>Some space before the next block.</summary>
    public void Space(double points = 8) => y += points;

    private void Write(string text, bool bold, double size, double after, string? label = null)
    {
        var lineHeight = size * 1.3;
        var font = bold ? Bold : Regular;
        var first = true;
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var indent = first && label is not null ? Measure(label, Bold, size) : 0;
            foreach (var line in Wrap(paragraph, font, size, PageWidth - (2 * Margin) - indent))
            {
                if (y + lineHeight > PageHeight - Margin) NewPage();
                var baseline = PageHeight - y - size;
                var page = pages[^1];
                if (first && label is not null) page.Append(Text("F2", size, Margin, baseline, label));
                page.Append(Text(bold ? "F2" : "F1", size, Margin + indent, baseline, line));
                y += lineHeight;
                first = false;
                indent = 0;
            }
        }
        y += after;
    }

    private static string Text(string font, double size, double x, double baseline, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"BT /{font} {size:0.##} Tf {x:0.##} {baseline:0.##} Td ({Escape(text)}) Tj ET\n");

    private static IEnumerable<string> Wrap(string text, TrueTypeFont font, double size, double width)
    {
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && Measure(candidate, font, size) > width)
            {
                yield return current;
                current = word;
            }
            else current = candidate;
        }
        yield return current;
    }

    private static double Measure(string text, TrueTypeFont font, double size) =>
        text.Sum(c => font.Width(WinAnsi.Decode(WinAnsi.Encode(c)))) * size / 1000;

    /// <summary>A literal string: WinAnsi bytes, with the three delimiters escaped and control bytes in octal.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in text.Select(WinAnsi.Encode))
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\') builder.Append('\\').Append((char)b);
            else if (b < 32) builder.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            else builder.Append((char)b);
        }
        return builder.ToString();
    }

    private void NewPage()
    {
        pages.Add(new StringBuilder());
        y = Margin;
    }

    /// <summary>The finished file: catalog, pages, two embedded fonts, document information, cross-reference table.</summary>
    public byte[] ToBytes()
    {
        var objects = new List<byte[]>();
        int Add(byte[] content)
        {
            objects.Add(content);
            return objects.Count;
        }
        int AddText(string content) => Add(Latin1(content));

        var regular = AddFont(Regular, Add, AddText);
        var bold = AddFont(Bold, Add, AddText);
        var pagesId = objects.Count + (pages.Count * 2) + 1;
        var pageIds = new List<int>();
        foreach (var content in pages)
        {
            var stream = Deflate(Latin1(content.ToString()));
            var contentId = Add(Stream($"<< /Length {stream.Length} /Filter /FlateDecode >>", stream));
            pageIds.Add(AddText(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pagesId} 0 R /MediaBox [0 0 {PageWidth:0.##} {PageHeight:0.##}] /Contents {contentId} 0 R /Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> >> >>")));
        }
        var actualPagesId = AddText($"<< /Type /Pages /Kids [{string.Join(" ", pageIds.Select(id => $"{id} 0 R"))}] /Count {pageIds.Count} >>");
        if (actualPagesId != pagesId) throw new InvalidOperationException("PDF object numbering went wrong.");
        var catalog = AddText($"<< /Type /Catalog /Pages {pagesId} 0 R >>");
        // Document information is in PDFDocEncoding, not WinAnsi: UTF-16 (with its byte order mark) says any title right.
        var utf16Title = Convert.ToHexString([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(title)]);
        var info = AddText($"<< /Title <{utf16Title}> /Producer (Rempart) /CreationDate (D:{DateTime.UtcNow:yyyyMMddHHmmss}Z) >>");

        using var output = new MemoryStream();
        var offsets = new List<long>();
        output.Write("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n"u8);
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Latin1($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write("\nendobj\n"u8);
        }
        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Latin1(table.ToString()));
        return output.ToArray();
    }

    /// <summary>A simple TrueType font in WinAnsiEncoding, its file embedded whole (FontFile2), widths for codes 32 to 255.</summary>
    private static int AddFont(TrueTypeFont font, Func<byte[], int> add, Func<string, int> addText)
    {
        var compressed = Deflate(font.File);
        var file = add(Stream($"<< /Length {compressed.Length} /Length1 {font.File.Length} /Filter /FlateDecode >>", compressed));
        var descriptor = addText(
            $"<< /Type /FontDescriptor /FontName /{font.Name} /Flags 32 /FontBBox [{font.Scale(font.XMin)} {font.Scale(font.YMin)} {font.Scale(font.XMax)} {font.Scale(font.YMax)}] " +
            $"/ItalicAngle 0 /Ascent {font.Scale(font.Ascent)} /Descent {font.Scale(font.Descent)} /CapHeight {font.Scale(font.Ascent)} /StemV 80 /FontFile2 {file} 0 R >>");
        var widths = string.Join(" ", Enumerable.Range(32, 224).Select(code => font.Width(WinAnsi.Decode((byte)code))));
        return addText($"<< /Type /Font /Subtype /TrueType /BaseFont /{font.Name} /FirstChar 32 /LastChar 255 /Widths [{widths}] /FontDescriptor {descriptor} 0 R /Encoding /WinAnsiEncoding >>");
    }

    private static byte[] Stream(string dictionary, byte[] data)
    {
        using var output = new MemoryStream();
        output.Write(Latin1(dictionary + "\nstream\n"));
        output.Write(data);
        output.Write("\nendstream"u8);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
