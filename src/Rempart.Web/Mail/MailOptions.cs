namespace Rempart.Web.Mail;

/// <summary>Bound from "Mail". Without an SMTP host, messages are written as .eml files to the data folder's mail-pickup.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "ne-pas-repondre@rempart.local";
    public string FromName { get; set; } = "Union REMPART";

    /// <summary>The union's name in messages ({{union.nom}}) and their header.</summary>
    public string UnionName { get; set; } = "Union REMPART";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>The site's public address, for links in e-mails sent by background jobs (no request to take it from).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
