using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Web.Mail.SendGrid;

namespace Rempart.Web.Mail;

/// <summary>
/// Sends one message the configured way (<see cref="MailOptions.Transport"/>): by SMTP (STARTTLS
/// with EnableSsl, authentication when a user is set), through SendGrid's HTTP API, or into the
/// pickup folder (the embedded default: nothing to install, nothing leaves the machine, and the
/// messages are readable in the app).
/// </summary>
public sealed class SendMail(IOptions<MailOptions> options, StorageOptions storage, IServiceProvider services, ILogger<SendMail> logger)
{
    /// <summary>Sends one message; <c>headers</c> adds to its own (a campaign's List-Unsubscribe and Message-ID).</summary>
    public async Task ExecuteAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default, IReadOnlyDictionary<string, string>? headers = null)
    {
        var settings = options.Value;
        var transport = settings.EffectiveTransport;
        if (transport == MailTransport.SendGrid)
        {
            await services.GetRequiredService<SendGridClient>().SendAsync(new SendGridMessage(
                [new SendGridPersonalization([new SendGridAddress(to)], Headers: headers)], new SendGridAddress(settings.From, settings.FromName), subject,
                [new SendGridContent("text/html", htmlBody)]), cancellationToken);
            logger.LogInformation("Mail \"{Subject}\" sent to {Recipient} via SendGrid", subject, to);
            return;
        }

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
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) message.Headers.Add(name, value);

        // International: an address with an accent in its local part (maëlle@...) goes out with SMTPUTF8, as RFC 6531 allows.
        using var client = new SmtpClient { DeliveryFormat = SmtpDeliveryFormat.International };
        if (transport == MailTransport.Pickup)
        {
            Directory.CreateDirectory(storage.MailPickupFolder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = storage.MailPickupFolder;
        }
        else
        {
            client.Host = settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is required with the Smtp transport.");
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.EnableSsl;
            if (!string.IsNullOrEmpty(settings.SmtpUser))
                client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }
        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("Mail \"{Subject}\" sent to {Recipient} via {Transport}", subject, to, transport == MailTransport.Pickup ? "pickup folder" : settings.SmtpHost);
    }
}
