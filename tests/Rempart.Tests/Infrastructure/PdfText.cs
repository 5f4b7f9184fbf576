using System.Diagnostics;

namespace Rempart.Tests.Infrastructure;

/// <summary>Reads a PDF's text with poppler's pdftotext (Debian's poppler-utils): an independent reader of what Rempart writes.</summary>
internal static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var path = Path.Combine(TestEnvironment.NewTempFolder("rempart-pdf"), "document.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // pdftotext is lenient: any complaint about the file's structure counts as a failure.
        if (process.ExitCode != 0 || errors.Length > 0) throw new InvalidOperationException("pdftotext: " + errors);
        return text;
    }
}
