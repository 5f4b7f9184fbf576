using System.Text.Encodings.Web;

namespace Rempart.Web.Mail;

/// <summary>
/// The frame every message shares: the union's name above, a footer saying who sends it, and, for
/// mails one may refuse (campaigns, not transactional mails), the link to unsubscribe.
/// </summary>
public static class MailLayout
{
    public static string Wrap(string body, string unionName, string? unsubscribeLink = null)
    {
        var union = HtmlEncoder.Default.Encode(unionName);
        var unsubscribe = unsubscribeLink is null ? ""
            : $"<br><a href=\"{HtmlEncoder.Default.Encode(unsubscribeLink)}\" style=\"color: #555555\">Ne plus recevoir ces messages</a>";
        return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>" +
            "<body style=\"margin: 0; background: #f4f1ec; font-family: Arial, Helvetica, sans-serif; color: #222222\">" +
            "<div style=\"max-width: 640px; margin: 0 auto; background: #ffffff\">" +
            $"<div style=\"background: #7a2e1c; color: #ffffff; padding: 16px 24px; font-size: 18px; font-weight: bold\">{union}</div>" +
            $"<div style=\"padding: 8px 24px 16px; line-height: 1.5\">{body}</div>" +
            $"<div style=\"padding: 12px 24px; font-size: 12px; color: #555555; border-top: 1px solid #e5e0d8\">Message envoyé par l'{union} avec Rempart.{unsubscribe}</div>" +
            "</div></body></html>";
    }
}
