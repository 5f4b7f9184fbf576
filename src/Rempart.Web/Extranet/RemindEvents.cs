using System.Globalization;
using Microsoft.Extensions.Options;
using Quartz;
using Rempart.Data.Extranet;
using Rempart.Domain.Extranet;
using Rempart.Domain.Mail;
using Rempart.Web.Mail;

namespace Rempart.Web.Extranet;

/// <summary>Sends tomorrow's reminders (claimed once by <see cref="ClaimEventReminders"/>) from the "rappel-evenement" template.</summary>
public sealed class RemindEvents(ClaimEventReminders claim, ComposeMail compose, SendMail sendMail, IOptions<MailOptions> options, ILogger<RemindEvents> logger)
{
    private static readonly CultureInfo French = new("fr-FR");

    /// <returns>How many messages left.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var link = options.Value.PublicBaseUrl.TrimEnd('/') + "/extranet/calendrier";
        foreach (var reminder in await claim.ExecuteAsync(cancellationToken))
        {
            var when = reminder.AllDay ? reminder.Start.ToString("dddd dd/MM/yyyy", French)
                : $"{reminder.Start.ToString("dddd dd/MM/yyyy", French)} de {reminder.Start:HH:mm} à {reminder.End:HH:mm}";
            foreach (var recipient in reminder.Recipients)
            {
                try
                {
                    var mail = await compose.ExecuteAsync(MailTemplateCatalogue.EventReminder, new Dictionary<string, string?>
                    {
                        ["message.destinataire"] = recipient.Name, ["evenement.titre"] = reminder.Title, ["evenement.quand"] = when,
                        ["evenement.lieu"] = reminder.Location ?? "", ["lien_calendrier"] = link,
                    }, cancellationToken);
                    await sendMail.ExecuteAsync(recipient.Email, mail.Subject, mail.Html, cancellationToken);
                    sent++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "The reminder of event {EventId} could not be sent to a member", reminder.EventId);
                }
            }
        }
        return sent;
    }
}

/// <summary>Every evening at 17:00 in Paris: the reminders of tomorrow's events.</summary>
[DisallowConcurrentExecution]
public sealed class RemindEventsJob(RemindEvents remind, ILogger<RemindEventsJob> logger) : IJob
{
    public static readonly JobKey Key = new("remind-events", "extranet");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await remind.ExecuteAsync(cancellationToken);
        if (sent > 0) logger.LogInformation("{Count} event reminder(s) sent", sent);
    }
}

public static class ExtranetJobs
{
    public static void AddExtranetJobs(this IQuartzBuilder quartz) =>
        quartz.ScheduleJob<RemindEventsJob>(
            trigger => trigger.WithIdentity("remind-events-daily", "extranet").WithCronSchedule("0 0 17 * * ?", cron => cron.InTimeZone(ParisClock.Zone)),
            job => job.WithIdentity(RemindEventsJob.Key).WithDescription("Envoie la veille les rappels des événements de l'extranet"));
}
