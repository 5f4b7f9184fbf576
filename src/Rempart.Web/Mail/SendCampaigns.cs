using Microsoft.Extensions.Options;
using Quartz;
using Rempart.Data.Mail;
using Rempart.Domain.Mail;

namespace Rempart.Web.Mail;

/// <summary>
/// Works through the campaigns' outbox (<see cref="CampaignOutbox"/>): first marks what a stopped
/// run left half-sent, then takes the messages due one by one, each in its person's name with
/// its unsubscribe link (page and RFC 8058 one-click) and a Message-ID of its own, at no more than
/// <see cref="CampaignOptions.MessagesPerMinute"/>. A run stops after a minute; the next goes on.
/// </summary>
public sealed class SendCampaigns(CampaignOutbox outbox, ComposeMail compose, SendMail sendMail, UnsubscribeLinks links,
    IOptions<CampaignOptions> options, IOptions<MailOptions> mail, TimeProvider clock, ILogger<SendCampaigns> logger)
{
    private static readonly TimeSpan RunLength = TimeSpan.FromMinutes(1);

    /// <returns>How many messages left in this run.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var interrupted = await outbox.RecoverAsync(cancellationToken);
        if (interrupted > 0) logger.LogWarning("{Count} campaign message(s) were being sent when the server stopped: marked interrupted, not sent again", interrupted);
        var gap = TimeSpan.FromMinutes(1) / Math.Max(1, options.Value.MessagesPerMinute);
        var started = clock.GetUtcNow();
        var sent = 0;
        while (clock.GetUtcNow() - started < RunLength && await outbox.ClaimAsync(cancellationToken) is { } message)
        {
            try
            {
                var composed = compose.Render(message.Subject, message.Body, new Dictionary<string, string?>
                {
                    [MailTokens.FirstName.Name] = message.FirstName, [MailTokens.FullName.Name] = message.FullName,
                }, links.PageFor(message.Email));
                await sendMail.ExecuteAsync(message.Email, composed.Subject, composed.Html, cancellationToken, new Dictionary<string, string>
                {
                    ["List-Unsubscribe"] = $"<{links.OneClickFor(message.Email)}>",
                    ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                    ["Message-ID"] = $"<{message.RecipientId:N}@{new Uri(mail.Value.PublicBaseUrl).Host}>",
                });
                await outbox.SentAsync(message.RecipientId, CancellationToken.None);
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Campaign message {RecipientId} refused", message.RecipientId);
                await outbox.RefusedAsync(message.RecipientId, exception.Message, CancellationToken.None);
            }
            // The rate, counted from the end of each hand-over: whatever a send costs, two messages are never closer than the gap.
            await Task.Delay(gap, clock, cancellationToken);
        }
        return sent;
    }
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
    public static void AddCampaignJobs(this IQuartzBuilder quartz, int pollSeconds) =>
        quartz.ScheduleJob<SendCampaignsJob>(
            trigger => trigger.WithIdentity("send-campaigns", "mail").WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, pollSeconds))).RepeatForever()),
            job => job.WithIdentity(SendCampaignsJob.Key).WithDescription("Envoie les messages des campagnes, au rythme choisi"));
}
