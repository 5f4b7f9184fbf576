using System.Text;
using System.Text.RegularExpressions;

namespace Rempart.Web.Mail;

/// <summary>
/// Reads back what System.Net.Mail writes: a body in base64 or quoted-printable, headers with
/// RFC 2047 encoded words. Enough for the messages Rempart itself sends (one HTML part), not a
/// general MIME parser (MailKit does not restore here).
/// </summary>
public static partial class MimeText
{
    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    /// <summary>A raw message's header values (folded lines joined) and its decoded body.</summary>
    public static (IReadOnlyDictionary<string, string> Headers, string Body) Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? (crlf, 4)
            : raw.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? (lf, 2) : (raw.Length, 0);
        var headers = Regex.Replace(raw[..split.Item1], @"\r?\n[ \t]+", " ").Split('\n')
            .Select(line => line.TrimEnd('\r').Split(':', 2)).Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw[Math.Min(raw.Length, split.Item1 + split.Item2)..];
        return (headers, headers.GetValueOrDefault("Content-Transfer-Encoding")?.ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body.Trim(), underscoreIsSpace: false),
            _ => body.Trim(),
        });
    }

    /// <summary>A header value with its encoded words decoded ("=?utf-8?B?...?=").</summary>
    public static string Header(string value) => EncodedWord().Replace(value.Replace("?= =?", "?==?"), m => m.Groups[2].Value.ToUpperInvariant() == "B"
        ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
        : QuotedPrintable(m.Groups[3].Value, underscoreIsSpace: true));

    private static string QuotedPrintable(string text, bool underscoreIsSpace)
    {
        text = Regex.Replace(text, "=\r?\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (underscoreIsSpace && text[i] == '_') bytes.Add((byte)' ');
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
