namespace Rempart.Tests.Programming;

internal static class TestImages
{
    /// <summary>A real 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>The start of a PDF: what a document renamed "photo.jpg" contains.</summary>
    public static byte[] PdfNamedAsJpeg { get; } = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray();

    public static string WriteTemp(byte[] bytes, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"rempart-img-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
