using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Quartz;
using Rempart.Data.Mail;
using Rempart.Domain.Mail;

namespace Rempart.Web.Mail;

/// <summary>
/// Works through the campaigns' outbox (<see cref="CampaignOutbox"/>): first marks what a stopped
/// run left half-sent, then takes the messages due, each in its person's name with its unsubscribe
/// link (page and RFC 8058 one-click) and a Message-ID of its own, at no more than
/// <see cref="CampaignOptions.MessagesPerMinute"/>. By SMTP they go one by one; through SendGrid, a
/// minute's worth (at most 1,000) goes in one request, one personalization per person. A run stops
/// after a minute; the next goes on.
/// </summary>
public sealed class SendCampaigns(CampaignOutbox outbox, ComposeMail compose, SendMail sendMail, UnsubscribeLinks links,
    IOptions<CampaignOptions> options, IOptions<MailOptions> mail, IServiceProvider services, TimeProvider clock, ILogger<SendCampaigns> logger)
{
    private static readonly TimeSpan RunLength = TimeSpan.FromMinutes(1);

    // SendGrid's substitution tags: the text is rendered once with them, and each personalization
    // gives their values. Nothing an author types looks like them, and HTML encoding leaves them whole.
    private const string FirstNameTag = "%%rempart_prenom%%", FullNameTag = "%%rempart_nom_complet%%", UnsubscribeTag = "%%rempart_desinscription%%";

    /// <returns>How many messages left in this run.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var interrupted = await outbox.RecoverAsync(cancellationToken);
        if (interrupted > 0) logger.LogWarning("{Count} campaign message(s) were being sent when the server stopped: marked interrupted, not sent again", interrupted);
        var gap = TimeSpan.FromMinutes(1) / Math.Max(1, options.Value.MessagesPerMinute);
        var batch = mail.Value.EffectiveTransport == MailTransport.SendGrid
            ? Math.Clamp(options.Value.MessagesPerMinute, 1, SendGrid.SendGridClient.MaximumPersonalizations) : 1;
        var started = clock.GetUtcNow();
        var sent = 0;
        while (clock.GetUtcNow() - started < RunLength && await outbox.ClaimBatchAsync(batch, cancellationToken) is { Count: > 0 } messages)
        {
            if (batch > 1)
                sent += await SendBatchAsync(messages, cancellationToken);
            else
                sent += await SendOneAsync(messages[0], cancellationToken);
            // The rate, counted from the end of each hand-over: whatever a send costs, messages are never closer than the gap.
            await Task.Delay(gap * messages.Count, clock, cancellationToken);
        }
        return sent;
    }

    private async Task<int> SendOneAsync(ClaimedMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var composed = compose.Render(message.Subject, message.Body, new Dictionary<string, string?>
            {
                [MailTokens.FirstName.Name] = message.FirstName, [MailTokens.FullName.Name] = message.FullName,
            }, links.PageFor(message.Email));
            await sendMail.ExecuteAsync(message.Email, composed.Subject, composed.Html, cancellationToken, Headers(message));
            await outbox.SentAsync(message.RecipientId, CancellationToken.None);
            return 1;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Campaign message {RecipientId} refused", message.RecipientId);
            await outbox.RefusedAsync(message.RecipientId, exception.Message, CancellationToken.None);
            return 0;
        }
    }

    /// <summary>One request to SendGrid for messages of one campaign: accepted or refused together.</summary>
    private async Task<int> SendBatchAsync(IReadOnlyList<ClaimedMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.RecipientId).ToList();
        try
        {
            var text = messages[0];
            var composed = compose.Render(text.Subject, text.Body, new Dictionary<string, string?>
            {
                [MailTokens.FirstName.Name] = FirstNameTag, [MailTokens.FullName.Name] = FullNameTag,
            }, UnsubscribeTag);
            var personalizations = messages.Select(m =>
            {
                var tokens = new Dictionary<string, string?> { [MailTokens.FirstName.Name] = m.FirstName, [MailTokens.FullName.Name] = m.FullName };
                return new SendGrid.SendGridPersonalization([new SendGrid.SendGridAddress(m.Email, m.FullName)],
                    // The values go into HTML, escaped as the template engine would have escaped them.
                    new Dictionary<string, string>
                    {
                        [FirstNameTag] = HtmlEncoder.Default.Encode(m.FirstName), [FullNameTag] = HtmlEncoder.Default.Encode(m.FullName),
                        [UnsubscribeTag] = HtmlEncoder.Default.Encode(links.PageFor(m.Email)),
                    },
                    Headers(m), compose.Subject(text.Subject, tokens));
            }).ToList();
            await services.GetRequiredService<SendGrid.SendGridClient>().SendAsync(new SendGrid.SendGridMessage(personalizations,
                new SendGrid.SendGridAddress(mail.Value.From, mail.Value.FromName), composed.Subject, [new SendGrid.SendGridContent("text/html", composed.Html)]), cancellationToken);
            await outbox.SentAsync(ids, CancellationToken.None);
            logger.LogInformation("{Count} campaign messages handed to SendGrid in one request", ids.Count);
            return ids.Count;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A SendGrid request of {Count} campaign messages refused", ids.Count);
            await outbox.RefusedAsync(ids, exception.Message, CancellationToken.None);
            return 0;
        }
    }

    private Dictionary<string, string> Headers(ClaimedMessage message) => new()
    {
        ["List-Unsubscribe"] = $"<{links.OneClickFor(message.Email)}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        ["Message-ID"] = $"<{message.RecipientId:N}@{new Uri(mail.Value.PublicBaseUrl).Host}>",
    };
}

/// <summary>The sender, as a Quartz job that never runs twice at once, even across servers.</summary>
[DisallowConcurrentExecution]
public sealed class SendCampaignsJob(SendCampaigns send) : IJob
{
    public static readonly JobKey Key = new("send-campaigns", "mail");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await send.ExecuteAsync(cancellationToken);
}

public static class CampaignJobs
{
    public static void AddCampaignJobs(this IQuartzBuilder quartz, int pollSeconds)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, pollSeconds));
        // The first run waits one interval, like the document index's (DocumentJobs): not during the start.
        quartz.ScheduleJob<SendCampaignsJob>(
            trigger => trigger.WithIdentity("send-campaigns", "mail").StartAt(DateTimeOffset.UtcNow + every).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()),
            job => job.WithIdentity(SendCampaignsJob.Key).WithDescription("Envoie les messages des campagnes, au rythme choisi"));
    }
}
