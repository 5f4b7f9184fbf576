using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;

namespace Rempart.Web.Mail;

/// <summary>
/// Sends one message by SMTP, or drops it in the pickup folder when no SMTP server is configured
/// (the embedded default: nothing to install, and the messages can still be read).
/// </summary>
public sealed class SendMail(IOptions<MailOptions> options, StorageOptions storage, ILogger<SendMail> logger)
{
    public async Task ExecuteAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(settings.From, settings.FromName, Encoding.UTF8),
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = htmlBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = true,
        };
        message.To.Add(to);

        // International: an address with an accent in its local part (maëlle@...) goes out with SMTPUTF8, as RFC 6531 allows.
        using var client = new SmtpClient { DeliveryFormat = SmtpDeliveryFormat.International };
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            Directory.CreateDirectory(storage.MailPickupFolder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = storage.MailPickupFolder;
        }
        else
        {
            client.Host = settings.SmtpHost;
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.EnableSsl;
            if (!string.IsNullOrEmpty(settings.SmtpUser))
                client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }
        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("Mail \"{Subject}\" sent to {Recipient} via {Transport}", subject, to, settings.SmtpHost ?? "pickup folder");
    }
}
