using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;

namespace Rempart.Data.Mail;

/// <summary>A campaign with where its sending stands.</summary>
public sealed record CampaignSummary(Campaign Campaign, int Total, int Sent, int Failed, int Skipped, int Interrupted, int Waiting)
{
    /// <summary>Percent of recipients dealt with (sent, failed, skipped or interrupted).</summary>
    public int Progress => Total == 0 ? 100 : (Total - Waiting) * 100 / Total;
}

/// <summary>The campaigns an asker may see (staff: all; a manager: their association's), and one with its recipients.</summary>
public sealed class ReadCampaigns(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<CampaignSummary>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!CampaignAccess.MayWrite(actor)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = await Visible(db, actor).OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(cancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var counts = (await db.CampaignRecipients.Where(r => ids.Contains(r.CampaignId)).GroupBy(r => new { r.CampaignId, r.Status })
            .Select(g => new { g.Key.CampaignId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken)).ToLookup(c => c.CampaignId);
        return campaigns.Select(c => Summary(c, counts[c.Id].ToDictionary(x => x.Status, x => x.Count))).ToList();
    }

    public async Task<(CampaignSummary Summary, IReadOnlyList<CampaignRecipient> Recipients)?> GetAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!CampaignAccess.MayWrite(actor)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await Visible(db, actor).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null) return null;
        var recipients = await db.CampaignRecipients.AsNoTracking().Where(r => r.CampaignId == id).OrderBy(r => r.FullName).ToListAsync(cancellationToken);
        return (Summary(campaign, recipients.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count())), recipients);
    }

    private static IQueryable<Campaign> Visible(RempartDbContext db, Actor actor) =>
        actor.IsStaff ? db.Campaigns.AsNoTracking() : db.Campaigns.AsNoTracking().Where(c => c.OrganisationId == actor.OrganisationId);

    private static CampaignSummary Summary(Campaign campaign, Dictionary<RecipientStatus, int> counts)
    {
        int Of(RecipientStatus status) => counts.GetValueOrDefault(status);
        return new CampaignSummary(campaign, counts.Values.Sum(), Of(RecipientStatus.Sent), Of(RecipientStatus.Failed), Of(RecipientStatus.Skipped),
            Of(RecipientStatus.Interrupted), Of(RecipientStatus.Pending) + Of(RecipientStatus.Sending));
    }
}
