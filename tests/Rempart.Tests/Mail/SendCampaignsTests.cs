using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
    /// <summary>
    /// Only one sender may run, as in production where the job never overlaps itself: a test that is
    /// that sender pauses the host's own job (which fires once at start) and waits it out.
    /// </summary>
    internal static async Task PauseTheHostsSenderAsync(RempartAppFactory app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseJob(SendCampaignsJob.Key);
        while ((await scheduler.QueryFireInstances(new FireInstanceQuery())).Items.Any(f => SendCampaignsJob.Key.Equals(f.JobKey))) await Task.Delay(50);
    }

    [Fact]
    public async Task EachPersonGetsTheirOwnMessage_WithTheWayOut_AtTheChosenPace_AndTheUnsubscribedGetNothing()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host, ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
            // 120 a minute: one every half second.
            ["Campaigns:MessagesPerMinute"] = "120", ["Campaigns:PollSeconds"] = "3600",
        });
        await PauseTheHostsSenderAsync(app);
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

/// <summary>The campaign sender through SendGrid's API (a local stand-in): a minute's worth of messages in one request.</summary>
public sealed class SendCampaignsThroughSendGridTests
{
    private static async Task<RempartAppFactory> StartAsync(SendGridStandIn sendGrid)
    {
        var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>(sendGrid.Settings())
        {
            ["Campaigns:MessagesPerMinute"] = "600", ["Campaigns:PollSeconds"] = "3600",
        });
        await SendCampaignsTests.PauseTheHostsSenderAsync(app);
        return app;
    }

    [Fact]
    public async Task AMinutesWorth_GoesInOneRequest_OnePersonalizationEach_WithTheirOwnNameSubjectAndWayOut()
    {
        await using var sendGrid = await SendGridStandIn.StartAsync();
        await using var app = await StartAsync(sendGrid);
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var domain = await CampaignOutboxTests.RegisterAsync(app.Database, programme, "2027-08-02",
            ("Alix", RegistrationStage.Confirmed), ("<script>", RegistrationStage.Confirmed), ("Chloé", RegistrationStage.Confirmed));
        var body = "<p>Bonjour {{volontaire.prenom}} !</p>";
        var outbox = app.Services.GetRequiredService<CampaignOutbox>();
        var (campaign, errors) = await outbox.StartAsync(
            new CampaignDraft("Rentrée", "{{volontaire.prenom}}, la saison commence", body, new CampaignAudience(AssociationId: programme.Association.Id), "Tous", null), body,
            TestActors.Holding(null, ProfileKind.Staff));
        Assert.Empty(errors);

        using (var scope = app.Services.CreateScope())
            Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<SendCampaigns>().ExecuteAsync());

        Assert.Equal(1, sendGrid.Calls);
        var accepted = sendGrid.Accepted.Where(a => a.To.EndsWith(domain, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, accepted.Count);
        var script = accepted.Single(a => a.To.StartsWith("<script>", StringComparison.Ordinal));
        // The name is escaped in the body and plain in the subject, as a message sent alone would have it.
        Assert.Contains("Bonjour &lt;script&gt; !", script.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", script.Html, StringComparison.Ordinal);
        Assert.Equal("<script>, la saison commence", script.Subject);
        Assert.Equal("Alix, la saison commence", accepted.Single(a => a.To.StartsWith("alix", StringComparison.Ordinal)).Subject);
        // Each person's own way out, in the body and in the one-click header.
        Assert.Equal(3, accepted.Select(a => Regex.Match(a.Html, "href=\"([^\"]*desinscription[^\"]*)\"").Groups[1].Value).Where(l => l.Length > 0).Distinct().Count());
        var personalizations = (JsonArray)accepted[0].Request["personalizations"]!;
        Assert.All(personalizations, p => Assert.StartsWith("<http", p!["headers"]!["List-Unsubscribe"]!.GetValue<string>(), StringComparison.Ordinal));

        await using var db = app.Database.CreateContext();
        Assert.Equal(3, await db.CampaignRecipients.CountAsync(r => r.CampaignId == campaign!.Id && r.Status == RecipientStatus.Sent));
        Assert.Equal(CampaignStatus.Sent, (await db.Campaigns.SingleAsync(c => c.Id == campaign!.Id)).Status);
    }

    [Fact]
    public async Task ARefusedRequest_PutsItsWholeBatchBackForLater_NothingIsMarkedSent()
    {
        await using var sendGrid = await SendGridStandIn.StartAsync();
        await using var app = await StartAsync(sendGrid);
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        await CampaignOutboxTests.RegisterAsync(app.Database, programme, "2027-08-02", ("Alix", RegistrationStage.Confirmed), ("Bea", RegistrationStage.Confirmed));
        var body = "<p>Bonjour {{volontaire.prenom}} !</p>";
        var (campaign, _) = await app.Services.GetRequiredService<CampaignOutbox>().StartAsync(
            new CampaignDraft("Rentrée", "La saison", body, new CampaignAudience(AssociationId: programme.Association.Id), "Tous", null), body,
            TestActors.Holding(null, ProfileKind.Staff));
        sendGrid.FailNext(10, HttpStatusCode.BadRequest);

        using (var scope = app.Services.CreateScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SendCampaigns>().ExecuteAsync());

        await using var db = app.Database.CreateContext();
        var recipients = await db.CampaignRecipients.Where(r => r.CampaignId == campaign!.Id).ToListAsync();
        Assert.All(recipients, r =>
        {
            Assert.Equal(RecipientStatus.Pending, r.Status);
            Assert.Equal(1, r.Attempts);
            Assert.Contains("SendGrid", r.Error, StringComparison.Ordinal);
        });
    }
}
