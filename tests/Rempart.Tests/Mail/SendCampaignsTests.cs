using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Rempart.Data.Database;
using Rempart.Data.Mail;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Mail;

namespace Rempart.Tests.Mail;

/// <summary>The campaign sender through a real SMTP server: each person's own message, the way out of the list, and the pace.</summary>
public sealed class SendCampaignsTests
{
    [Fact]
    public async Task EachPersonGetsTheirOwnMessage_WithTheWayOut_AtTheChosenPace_AndTheUnsubscribedGetNothing()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host, ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
            // 120 a minute: one every half second.
            ["Campaigns:MessagesPerMinute"] = "120", ["Campaigns:PollSeconds"] = "3600",
        });
        _ = app.Services;
        // Only one sender may run, as in production where the job never overlaps itself: this test
        // is that sender, so the host's own job (which fires once at start) is paused and waited out.
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseJob(SendCampaignsJob.Key);
        while ((await scheduler.QueryFireInstances(new FireInstanceQuery())).Items.Any(f => SendCampaignsJob.Key.Equals(f.JobKey))) await Task.Delay(50);
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var domain = await CampaignOutboxTests.RegisterAsync(app.Database, programme, "2027-08-02",
            ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.Confirmed), ("Chloé", RegistrationStage.Confirmed), ("Dan", RegistrationStage.Confirmed));
        await app.Services.GetRequiredService<Unsubscriptions>().AddAsync($"dan{domain}");
        var body = "<p>Bonjour {{volontaire.prenom}} &lt;3</p>";
        var (campaign, errors) = await app.Services.GetRequiredService<CampaignOutbox>().StartAsync(
            new CampaignDraft("Rentrée", "Des nouvelles de l'{{union.nom}}", body, new CampaignAudience(AssociationId: programme.Association.Id), "Tous", null), body,
            TestActors.Holding(null, ProfileKind.Staff));
        Assert.Empty(errors);

        using (var scope = app.Services.CreateScope())
            Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<SendCampaigns>().ExecuteAsync());

        var messages = SmtpServer.Shared.MessagesTo(domain);
        Assert.Equal([$"alix{domain}", $"bea{domain}", $"chloé{domain}"], messages.Select(m => m.To).Order(StringComparer.Ordinal));
        var alix = messages.Single(m => m.To.StartsWith("alix", StringComparison.Ordinal)).Raw;
        Assert.Contains("Bonjour Alix &lt;3", MailText.BodyOf(alix), StringComparison.Ordinal);
        Assert.Contains("Ne plus recevoir ces messages", WebUtility.HtmlDecode(MailText.BodyOf(alix)), StringComparison.Ordinal);
        Assert.Contains("List-Unsubscribe: <http", alix, StringComparison.Ordinal);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", alix, StringComparison.Ordinal);
        Assert.Contains("Des nouvelles de l'Union REMPART", MimeText.Header(MimeText.Parse(alix).Headers["Subject"]), StringComparison.Ordinal);

        await using var db = app.Database.CreateContext();
        var sent = await db.CampaignRecipients.Where(r => r.CampaignId == campaign!.Id && r.Status == RecipientStatus.Sent).Select(r => r.SentAt!.Value).ToListAsync();
        var times = sent.Order().ToList();
        // The pace: never two messages closer than the rate allows (a little slack for the clock's resolution).
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(450), $"{pair.First:O} → {pair.Second:O}"));
        Assert.Equal(RecipientStatus.Skipped, (await db.CampaignRecipients.SingleAsync(r => r.Email == $"dan{domain}")).Status);
        Assert.Equal(CampaignStatus.Sent, (await db.Campaigns.SingleAsync(c => c.Id == campaign!.Id)).Status);
    }
}
