using System.Text;
using System.Text.RegularExpressions;
using Rempart.Data.Database;

namespace Rempart.Web.Mail;

/// <summary>One message of the pickup folder, as a reader needs it.</summary>
public sealed record PickupMessage(string Name, DateTime WrittenAt, string To, string Subject, string? Html);

/// <summary>
/// Reads the .eml files the pickup transport writes (<see cref="MailTransport.Pickup"/>), so that
/// on the embedded default the messages Rempart "sent" can be read in the app: the newest first,
/// headers decoded (RFC 2047), the HTML body decoded (base64 or quoted-printable, as System.Net.Mail
/// writes them). Names are checked before any file is opened.
/// </summary>
public sealed partial class ReadPickupMail(StorageOptions storage)
{
    public const int Limit = 200;

    [GeneratedRegex(@"^[0-9a-fA-F-]{36}\.eml$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    public IReadOnlyList<PickupMessage> List()
    {
        if (!Directory.Exists(storage.MailPickupFolder)) return [];
        return new DirectoryInfo(storage.MailPickupFolder).EnumerateFiles("*.eml")
            .Where(f => FileName().IsMatch(f.Name))
            .OrderByDescending(f => f.LastWriteTimeUtc).Take(Limit)
            .Select(f => Read(f.FullName, withBody: false)).ToList();
    }

    public PickupMessage? Open(string name)
    {
        if (!FileName().IsMatch(name)) return null;
        var path = Path.Combine(storage.MailPickupFolder, name);
        return File.Exists(path) ? Read(path, withBody: true) : null;
    }

    private static PickupMessage Read(string path, bool withBody)
    {
        var raw = File.ReadAllText(path, Encoding.UTF8);
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0) split = raw.Length;
        // Folded header lines continue with a space or a tab.
        var headers = Regex.Replace(raw[..split], @"\r\n[ \t]+", " ").Split("\r\n")
            .Select(line => line.Split(':', 2)).Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        string? html = null;
        if (withBody)
        {
            var body = raw[Math.Min(raw.Length, split + 4)..];
            var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding")?.ToLowerInvariant();
            html = encoding switch
            {
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
                "quoted-printable" => QuotedPrintable(body, underscoreIsSpace: false),
                _ => body,
            };
        }
        return new PickupMessage(Path.GetFileName(path), File.GetLastWriteTimeUtc(path), Decode(headers.GetValueOrDefault("To") ?? ""),
            Decode(headers.GetValueOrDefault("Subject") ?? ""), html);
    }

    private static string Decode(string header) => EncodedWord().Replace(header, m => m.Groups[2].Value.ToUpperInvariant() == "B"
        ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
        : QuotedPrintable(m.Groups[3].Value, underscoreIsSpace: true)).Replace("?= =?", "");

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
