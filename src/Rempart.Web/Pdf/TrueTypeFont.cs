using System.Buffers.Binary;

namespace Rempart.Web.Pdf;

/// <summary>
/// What a PDF needs of a TrueType font to embed it: the file itself, its metrics, and the advance
/// width of each character (cmap format 4 and hmtx tables). Read once per font file.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly ushort[] advances;
    private readonly Dictionary<int, ushort> glyphs = [];

    private TrueTypeFont(string name, byte[] file)
    {
        Name = name;
        File = file;
        var tables = ReadTableDirectory(file);
        var head = tables["head"];
        UnitsPerEm = U16(file, head + 18);
        (XMin, YMin, XMax, YMax) = (S16(file, head + 36), S16(file, head + 38), S16(file, head + 40), S16(file, head + 42));
        var hhea = tables["hhea"];
        (Ascent, Descent) = (S16(file, hhea + 4), S16(file, hhea + 6));
        var metrics = U16(file, hhea + 34);
        var hmtx = tables["hmtx"];
        advances = new ushort[metrics];
        for (var i = 0; i < metrics; i++) advances[i] = U16(file, hmtx + (i * 4));
        ReadCmap(file, tables["cmap"]);
    }

    public string Name { get; }
    public byte[] File { get; }
    public int UnitsPerEm { get; }
    public int XMin { get; }
    public int YMin { get; }
    public int XMax { get; }
    public int YMax { get; }
    public int Ascent { get; }
    public int Descent { get; }

    public static TrueTypeFont Load(string name, string path) => new(name, System.IO.File.ReadAllBytes(path));

    /// <summary>The advance of a character in thousandths of the font size (PDF's glyph space); a missing character has the width of the missing glyph.</summary>
    public int Width(char c)
    {
        var glyph = glyphs.GetValueOrDefault(c);
        var advance = advances[Math.Min(glyph, advances.Length - 1)];
        return advance * 1000 / UnitsPerEm;
    }

    /// <summary>In thousandths of the font size, like <see cref="Width"/>.</summary>
    public int Scale(int units) => units * 1000 / UnitsPerEm;

    private static Dictionary<string, int> ReadTableDirectory(byte[] file)
    {
        var count = U16(file, 4);
        var tables = new Dictionary<string, int>();
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + (i * 16);
            tables[System.Text.Encoding.ASCII.GetString(file, entry, 4)] = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(entry + 8));
        }
        return tables;
    }

    /// <summary>The Windows Unicode BMP subtable (platform 3, encoding 1), format 4: segments of characters mapped to glyphs.</summary>
    private void ReadCmap(byte[] file, int cmap)
    {
        var subtables = U16(file, cmap + 2);
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap + 4 + (i * 8);
            if (U16(file, record) != 3 || U16(file, record + 2) != 1) continue;
            var table = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 4));
            if (U16(file, table) != 4) continue;
            var segments = U16(file, table + 6) / 2;
            var ends = table + 14;
            var starts = ends + (segments * 2) + 2;
            var deltas = starts + (segments * 2);
            var offsets = deltas + (segments * 2);
            for (var s = 0; s < segments; s++)
            {
                int end = U16(file, ends + (s * 2)), start = U16(file, starts + (s * 2));
                var delta = S16(file, deltas + (s * 2));
                var offsetAt = offsets + (s * 2);
                var offset = U16(file, offsetAt);
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    int glyph;
                    if (offset == 0) glyph = (c + delta) & 0xFFFF;
                    else
                    {
                        var at = offsetAt + offset + ((c - start) * 2);
                        glyph = U16(file, at);
                        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                    }
                    glyphs[c] = (ushort)glyph;
                }
            }
            return;
        }
        throw new InvalidDataException($"The font {Name} has no Unicode (3,1) format 4 cmap.");
    }

    private static ushort U16(byte[] file, int at) => BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at));

    private static short S16(byte[] file, int at) => BinaryPrimitives.ReadInt16BigEndian(file.AsSpan(at));
}
