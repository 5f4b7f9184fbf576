using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rempart.Web.Pdf;

namespace Rempart.Tests.Documents;

/// <summary>Real files made by the tests: a PDF by Rempart's own writer, a DOCX by the OpenXML SDK, an ODT as LibreOffice lays it out, plain text, and hostile ones.</summary>
internal static class TestFiles
{
    public static byte[] Pdf(string title, params string[] paragraphs)
    {
        var pdf = new PdfTextDocument(title);
        pdf.Heading(title);
        foreach (var paragraph in paragraphs) pdf.Paragraph(paragraph);
        return pdf.ToBytes();
    }

    public static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(paragraphs.Select(p =>
                new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static byte[] Odt(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // OpenDocument's rule: "mimetype" first, uncompressed.
            Write(zip, "mimetype", "application/vnd.oasis.opendocument.text", CompressionLevel.NoCompression);
            var body = string.Concat(paragraphs.Select(p => $"<text:p text:style-name=\"Standard\">{System.Security.SecurityElement.Escape(p)}</text:p>"));
            Write(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " +
                "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
            Write(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">" +
                "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        }
        return stream.ToArray();
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>What a scanner makes of a page: ghostscript renders the PDF to pictures, with no text left in it (checked with pdftotext).</summary>
    public static async Task<byte[]> ScanAsync(byte[] pdf)
    {
        var folder = Infrastructure.TestEnvironment.NewTempFolder("rempart-scan");
        var (input, output) = (Path.Combine(folder, "in.pdf"), Path.Combine(folder, "scan.pdf"));
        await File.WriteAllBytesAsync(input, pdf);
        await RunAsync("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfimage8", "-r200", "-o", output, input);
        Assert.True(string.IsNullOrWhiteSpace(await RunAsync("pdftotext", "-q", output, "-")), "the scan still has text");
        return await File.ReadAllBytesAsync(output);
    }

    private static async Task<string> RunAsync(string command, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{command} failed: {errors}");
        return output;
    }

    /// <summary>A valid one-page PDF with nothing but a grey box: what a scanner gives, without words to read.</summary>
    public static byte[] PdfWithoutText()
    {
        var content = "0.5 g 100 100 400 600 re f";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The start of a Windows program (an "MZ" header and a PE signature), as a ".pdf" would hide it.</summary>
    public static byte[] Executable() => [.. "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0"u8, .. new byte[48], .. "PE\0\0"u8, .. new byte[64]];

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");

    public static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) Write(zip, "virus.exe", "MZ");
        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
