using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Mail;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Mail;

/// <summary>
/// The server sending a campaign is killed half-way (the process, as a power cut would) and started
/// again: the campaign goes on where it stopped, nobody receives the message twice, and the one
/// message that may have been in the middle of its hand-over is marked, not lost in silence.
/// </summary>
public sealed class CampaignCrashTests
{
    private const int People = 60;

    [Theory, DatabaseData]
    public async Task AServerKilledMidCampaign_GoesOnWhenItComesBack_AndNobodyGetsTheMessageTwice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var storage = TestEnvironment.NewTempFolder("rempart-campaign-crash");
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var domain = await CampaignOutboxTests.RegisterAsync(database, programme, "2027-08-02",
            Enumerable.Range(1, People).Select(i => ($"V{i:D3}", RegistrationStage.Confirmed)).ToArray());
        var body = "<p>Bonjour {{volontaire.prenom}}</p>";
        var (campaign, errors) = await new CampaignOutbox(database.Contexts, new FindCampaignAudience(database.Contexts), TimeProvider.System).StartAsync(
            new CampaignDraft("Rentrée", "Nouvelles", body, new CampaignAudience(AssociationId: programme.Association.Id), "Tous", null), body,
            TestActors.Holding(null, ProfileKind.Staff));
        Assert.Empty(errors);
        var settings = new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host, ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
            ["Campaigns:MessagesPerMinute"] = "600", ["Campaigns:PollSeconds"] = "1",
        };

        await using (var first = await AppProcess.StartAsync(database, storage, settings))
        {
            var sentBefore = await WaitAsync(database, campaign!.Id, counts => counts.Sent >= People / 4, TimeSpan.FromSeconds(60));
            await first.KillAsync();
            Assert.True(sentBefore.Sent < People, $"The campaign ended before the kill: {sentBefore}");
        }

        await using var second = await AppProcess.StartAsync(database, storage, settings);
        var after = await WaitAsync(database, campaign.Id, counts => counts.Pending == 0 && counts.Sending == 0, TimeSpan.FromSeconds(90));

        Assert.True(after.Interrupted <= 1, $"{after}");
        Assert.Equal(People, after.Sent + after.Interrupted);
        var received = SmtpServer.Shared.MessagesTo(domain).GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(received, r => Assert.Equal(1, r.Value));
        await using var db = database.CreateContext();
        // The campaign is marked sent just after its last recipient, in a statement of its own: give it that moment.
        for (var wait = 0; wait < 100 && await db.Campaigns.Where(c => c.Id == campaign.Id).Select(c => c.Status).SingleAsync() != CampaignStatus.Sent; wait++)
            await Task.Delay(100);
        var sent = await db.CampaignRecipients.Where(r => r.CampaignId == campaign.Id && r.Status == RecipientStatus.Sent).Select(r => r.Email).ToListAsync();
        Assert.All(sent, email => Assert.True(received.ContainsKey(email), $"{email} is marked sent but received nothing"));
        Assert.Equal(CampaignStatus.Sent, (await db.Campaigns.SingleAsync(c => c.Id == campaign.Id)).Status);
    }

    private sealed record Counts(int Pending, int Sending, int Sent, int Interrupted);

    private static async Task<Counts> WaitAsync(TestDatabase database, Guid campaignId, Func<Counts, bool> until, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var db = database.CreateContext();
            var statuses = await db.CampaignRecipients.Where(r => r.CampaignId == campaignId).Select(r => r.Status).ToListAsync();
            var counts = new Counts(statuses.Count(s => s == RecipientStatus.Pending), statuses.Count(s => s == RecipientStatus.Sending),
                statuses.Count(s => s == RecipientStatus.Sent), statuses.Count(s => s == RecipientStatus.Interrupted));
            if (until(counts) || DateTime.UtcNow > deadline) return counts;
            await Task.Delay(20);
        }
    }
}
