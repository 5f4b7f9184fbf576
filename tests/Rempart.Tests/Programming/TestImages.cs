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

    /// <summary>A real JPEG of the given size, made by libvips (installed by the test command for the photo sizes).</summary>
    public static byte[] Jpeg(int width, int height)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rempart-img-{Guid.NewGuid():N}.jpg");
        using (var vips = System.Diagnostics.Process.Start("vips", ["black", path, width.ToString(System.Globalization.CultureInfo.InvariantCulture), height.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            vips.WaitForExit();
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    /// <summary>The width in pixels read from a JPEG's frame header (SOF0–SOF2) or a PNG's IHDR; null for anything else.</summary>
    public static int? Width(byte[] image)
    {
        if (image.Length > 24 && image[0] == 0x89 && image[1] == (byte)'P') return (image[16] << 24) | (image[17] << 16) | (image[18] << 8) | image[19];
        for (var i = 2; i + 9 < image.Length;)
        {
            if (image[i] != 0xFF) return null;
            var marker = image[i + 1];
            if (marker is >= 0xC0 and <= 0xC2) return (image[i + 7] << 8) | image[i + 8];
            i += 2 + ((image[i + 2] << 8) | image[i + 3]);
        }
        return null;
    }
}
