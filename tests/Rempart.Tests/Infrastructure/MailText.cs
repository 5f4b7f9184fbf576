using System.Text.RegularExpressions;
using Rempart.Web.Mail;

namespace Rempart.Tests.Infrastructure;

/// <summary>Reads the body of a raw message as sent by System.Net.Mail (base64 or quoted-printable), with the app's own reader.</summary>
public static partial class MailText
{
    public static string BodyOf(string raw) => MimeText.Parse(raw).Body;

    public static string FirstLink(string html) =>
        System.Net.WebUtility.HtmlDecode(HrefPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
