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
        var (headers, body) = MimeText.Parse(File.ReadAllText(path, Encoding.UTF8));
        return new PickupMessage(Path.GetFileName(path), File.GetLastWriteTimeUtc(path), MimeText.Header(headers.GetValueOrDefault("To") ?? ""),
            MimeText.Header(headers.GetValueOrDefault("Subject") ?? ""), withBody ? body : null);
    }
}
