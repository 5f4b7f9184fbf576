using System.Text;
using System.Text.RegularExpressions;

namespace Rempart.Tests.Infrastructure;

/// <summary>Reads the body of a raw message as sent by System.Net.Mail (base64 or quoted-printable).</summary>
public static partial class MailText
{
    public static string BodyOf(string raw)
    {
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal) is var i and >= 0 ? i : raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..split];
        var body = raw[split..].Trim();
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            return Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", "")));
        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
            return DecodeQuotedPrintable(body);
        return body;
    }

    public static string FirstLink(string html) =>
        System.Net.WebUtility.HtmlDecode(HrefPattern().Match(html).Groups[1].Value);

    private static string DecodeQuotedPrintable(string text)
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
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
