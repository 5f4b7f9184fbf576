namespace Rempart.Web.Pdf;

/// <summary>
/// PDF's WinAnsiEncoding (Windows-1252): every character of French and of most western European
/// languages in one byte, which any PDF reader maps back to Unicode. Others become "?".
/// </summary>
public static class WinAnsi
{
    private static readonly Dictionary<char, byte> Specials = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91, ['’'] = 0x92, ['“'] = 0x93,
        ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98, ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B,
        ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    private static readonly Dictionary<byte, char> Reverse = Specials.ToDictionary(p => p.Value, p => p.Key);

    public static byte Encode(char c) =>
        c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' ? (byte)c
        : Specials.TryGetValue(c, out var special) ? special
        : c == '\u202F' || c == '\u2009' ? (byte)' ' // thin spaces of French typography
        : (byte)'?';

    /// <summary>The character a code stands for, to measure it in the font.</summary>
    public static char Decode(byte code) => Reverse.TryGetValue(code, out var c) ? c : (char)code;
}
