namespace Rempart.Web.Mail;

/// <summary>How messages leave (<see cref="MailOptions.Transport"/>).</summary>
public enum MailTransport
{
    /// <summary>SMTP when a host is set, else the pickup folder.</summary>
    Auto,
    Smtp,
    SendGrid,

    /// <summary>.eml files in the data folder's mail-pickup, readable in the app: nothing leaves the machine.</summary>
    Pickup,
}

/// <summary>Bound from "Mail". Without an SMTP host, messages are written as .eml files to the data folder's mail-pickup.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "ne-pas-repondre@rempart.local";
    public string FromName { get; set; } = "Union REMPART";

    /// <summary>The union's name in messages ({{union.nom}}) and their header.</summary>
    public string UnionName { get; set; } = "Union REMPART";
    public MailTransport Transport { get; set; } = MailTransport.Auto;
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    public string? SendGridApiKey { get; set; }
    public string SendGridBaseUrl { get; set; } = "https://api.sendgrid.com";
    public int SendGridRetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>The transport in force: Auto resolved against the SMTP host.</summary>
    public MailTransport EffectiveTransport => Transport != MailTransport.Auto ? Transport
        : string.IsNullOrWhiteSpace(SmtpHost) ? MailTransport.Pickup : MailTransport.Smtp;

    /// <summary>The site's public address, for links in e-mails sent by background jobs (no request to take it from).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
