using System.Diagnostics;
using System.Net.Mail;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Domain.Mail;
using Rempart.Web.Mail;

namespace Rempart.Web.Benchmarks;

/// <summary>
/// Mail: campaign messages through the application's outbox (<see cref="SendCampaigns"/>: claim
/// and commit, render in the person's name with the unsubscribe links, hand over by SMTP, record),
/// against the same number of ready-made messages handed to the same SMTP client directly, both to
/// a real local SMTP server (<see cref="LocalSmtpServer"/>). The campaigns' rate limit is lifted:
/// the measure is what the sender can do, not the pace the union chose. The server's mailbox is
/// counted after each round, so a figure is never made of messages that did not arrive.
/// </summary>
public sealed class MailBenchmark(IServiceProvider services, LocalSmtpServer smtp, TextWriter output, int rounds = MailBenchmark.Rounds)
{
    public const int Rounds = 3;

    public async Task<BenchmarkLine> RunAsync(int messagesPerRound, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        var send = services.GetRequiredService<SendCampaigns>();
        var app = new List<double>();
        var bare = new List<double>();
        // One warm-up round each (connections, the template engine, query plans), then the rounds alternate.
        for (var round = -1; round < rounds; round++)
        {
            await QueueCampaignAsync(contexts, messagesPerRound, cancellationToken);
            var expected = smtp.Received + messagesPerRound;
            var watch = Stopwatch.StartNew();
            var sent = 0;
            while (sent < messagesPerRound)
            {
                var run = await send.ExecuteAsync(cancellationToken);
                if (run == 0) throw new InvalidOperationException($"L'envoi s'est arrêté après {sent} messages sur {messagesPerRound} : la mesure serait fausse.");
                sent += run;
            }
            var elapsed = watch.Elapsed.TotalMilliseconds;
            await smtp.WaitForAsync(expected, cancellationToken);
            if (round >= 0) app.Add(elapsed / messagesPerRound);

            expected = smtp.Received + messagesPerRound;
            elapsed = await SendBareAsync(messagesPerRound, cancellationToken);
            await smtp.WaitForAsync(expected, cancellationToken);
            if (round >= 0) bare.Add(elapsed / messagesPerRound);
        }
        var line = BenchmarkLine.Of($"Courriels d'une campagne par la file d'envoi jusqu'au serveur SMTP local (ms par message, {messagesPerRound} messages × {rounds})", app, bare);
        output.WriteLine($"  Courriels : {1000 / line.AppP50:0} messages par seconde par la file d'envoi, {1000 / line.BareP50:0} remis directement au client SMTP (médianes)");
        return line;
    }

    /// <summary>A campaign due now, written as <see cref="Rempart.Data.Mail.CampaignOutbox.StartAsync"/> writes one, to made-up people.</summary>
    private static async Task QueueCampaignAsync(IDbContextFactory<RempartDbContext> contexts, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var campaign = new Campaign
        {
            Title = "Banc d'essai", Subject = "Les chantiers de l'été, {{volontaire.prenom}}", Body = Body, CreatedBy = BenchmarkActors.Staff.UserId, CreatedAt = now,
            Status = CampaignStatus.Scheduled, SendAt = now, Audience = "Banc d'essai",
        };
        db.Campaigns.Add(campaign);
        db.CampaignRecipients.AddRange(Enumerable.Range(0, count).Select(i => new CampaignRecipient
        {
            CampaignId = campaign.Id, Email = $"benevole-{Guid.NewGuid():N}@banc.rempart.local", FirstName = $"Camille {i}", FullName = $"Camille {i} Martin",
            Status = RecipientStatus.Pending, NextAttemptAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private const string Body = """
        <p>Bonjour {{volontaire.prenom}},</p>
        <p>Les chantiers de l'été sont ouverts : restauration de remparts, de chapelles et de moulins, partout en France.
        Les inscriptions se font en ligne ; les places des premières sessions partent vite.</p>
        <p>À bientôt sur un chantier, {{volontaire.nom_complet}} !</p>
        """;

    /// <summary>The same number of messages, already written, handed to one SMTP client one after another: no database, no rendering.</summary>
    private async Task<double> SendBareAsync(int count, CancellationToken cancellationToken)
    {
        var html = Body.Replace("{{volontaire.prenom}}", "Camille", StringComparison.Ordinal).Replace("{{volontaire.nom_complet}}", "Camille Martin", StringComparison.Ordinal);
        using var client = new SmtpClient(smtp.Host, smtp.Port) { DeliveryFormat = SmtpDeliveryFormat.International };
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            using var message = new MailMessage
            {
                From = new MailAddress("ne-pas-repondre@rempart.local", "Union REMPART", Encoding.UTF8),
                Subject = "Les chantiers de l'été, Camille", SubjectEncoding = Encoding.UTF8, Body = html, BodyEncoding = Encoding.UTF8, IsBodyHtml = true,
            };
            message.To.Add($"benevole-{i}@banc.rempart.local");
            await client.SendMailAsync(message, cancellationToken);
        }
        return watch.Elapsed.TotalMilliseconds;
    }
}
