using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;

namespace Rempart.Data.Mail;

/// <summary>What a campaign is to say, to whom, and when.</summary>
public sealed record CampaignDraft(string Title, string Subject, string Body, CampaignAudience Audience, string AudienceInWords, DateTime? SendAt);

/// <summary>A message the sender took: the campaign's text and its person.</summary>
public sealed record ClaimedMessage(Guid RecipientId, Guid CampaignId, string Email, string FirstName, string FullName, string Subject, string Body);

/// <summary>
/// The campaigns' outbox. A campaign and every recipient row are written in one transaction, so a
/// campaign never exists with half its people. The sender takes one message at a time
/// (<see cref="ClaimAsync"/>: marked Sending and committed before it is handed over), then records
/// what happened. Only one sender runs at a time (a Quartz job that never runs concurrently, even
/// across servers), so a message still "Sending" when a run starts was being handed over when a
/// server stopped: it may have left, so it is marked Interrupted and never sent again by itself.
/// That is the price of never sending anyone the same message twice. No SMTP server or API can
/// tell a client whether a message it was sending when it died was taken.
/// </summary>
public sealed class CampaignOutbox(IDbContextFactory<RempartDbContext> contexts, FindCampaignAudience audiences, TimeProvider clock)
{
    /// <returns>The campaign, or the errors keyed by field ("" for a refusal).</returns>
    public async Task<(Campaign? Campaign, IReadOnlyDictionary<string, string> Errors)> StartAsync(CampaignDraft draft, string cleanBody, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = CampaignRules.Validate(draft.Title, draft.Subject, cleanBody);
        var now = clock.GetUtcNow().UtcDateTime;
        if (draft.SendAt is { } at && at < now.AddMinutes(-1)) errors["SendAt"] = "Choisissez un moment à venir, ou « maintenant ».";
        if (errors.Count > 0) return (null, errors);
        var found = await audiences.ExecuteAsync(draft.Audience, actor, cancellationToken);
        if (found is null) return (null, new Dictionary<string, string> { [""] = "Vous ne pouvez pas écrire aux volontaires." });
        if (found.Count == 0) return (null, new Dictionary<string, string> { ["Audience"] = "Personne ne correspond à ces critères." });

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unsubscribed = (await db.Unsubscriptions.Select(u => u.Email).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var campaign = new Campaign
        {
            Title = draft.Title.Trim(), Subject = draft.Subject.Trim(), Body = cleanBody, OrganisationId = actor.IsStaff ? null : actor.OrganisationId,
            CreatedBy = actor.UserId, CreatedAt = now, Status = CampaignStatus.Scheduled, SendAt = draft.SendAt ?? now, Audience = draft.AudienceInWords,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Campaigns.Add(campaign);
        db.CampaignRecipients.AddRange(found.All.Select(m => new CampaignRecipient
        {
            CampaignId = campaign.Id, Email = m.Email, FirstName = m.FirstName, FullName = m.FullName, NextAttemptAt = campaign.SendAt,
            Status = unsubscribed.Contains(Unsubscription.Normalise(m.Email)) ? RecipientStatus.Skipped : RecipientStatus.Pending,
            Error = unsubscribed.Contains(Unsubscription.Normalise(m.Email)) ? "Désinscrit des campagnes." : null,
        }));
        // Everyone unsubscribed: nothing to send, the campaign is over at once.
        if (found.All.All(m => unsubscribed.Contains(Unsubscription.Normalise(m.Email)))) (campaign.Status, campaign.FinishedAt) = (CampaignStatus.Sent, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (campaign, new Dictionary<string, string>());
    }

    /// <summary>Stops a campaign that has not finished: the messages not yet sent never will be. Null when done; a refusal otherwise.</summary>
    public async Task<string?> CancelAsync(Guid campaignId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await Mine(db, actor).FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null) return "Cette campagne n'existe pas.";
        if (campaign.Status is not (CampaignStatus.Scheduled or CampaignStatus.Sending)) return "Cette campagne est déjà terminée.";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (campaign.Status, campaign.FinishedAt) = (CampaignStatus.Cancelled, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await db.CampaignRecipients.Where(r => r.CampaignId == campaignId && r.Status == RecipientStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RecipientStatus.Skipped).SetProperty(r => r.Error, "Campagne annulée."), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Sends one failed or interrupted message again, because a person decided to (an interrupted
    /// one may already have arrived: the page says so before asking). Null when queued; a refusal otherwise.
    /// </summary>
    public async Task<string?> RetryAsync(Guid recipientId, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from r in db.CampaignRecipients
                           join c in Mine(db, actor) on r.CampaignId equals c.Id
                           where r.Id == recipientId
                           select new { Recipient = r, Campaign = c }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return "Ce destinataire n'existe pas.";
        if (found.Recipient.Status is not (RecipientStatus.Failed or RecipientStatus.Interrupted)) return "Ce message n'est pas à renvoyer.";
        if (found.Campaign.Status == CampaignStatus.Cancelled) return "Cette campagne a été annulée.";
        (found.Recipient.Status, found.Recipient.Attempts, found.Recipient.NextAttemptAt, found.Recipient.Error) = (RecipientStatus.Pending, 0, now, null);
        if (found.Campaign.Status == CampaignStatus.Sent) (found.Campaign.Status, found.Campaign.FinishedAt) = (CampaignStatus.Sending, null);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    // The campaigns an asker may act on: staff all of them, a manager their association's.
    private static IQueryable<Campaign> Mine(RempartDbContext db, Actor actor) =>
        !CampaignAccess.MayWrite(actor) ? db.Campaigns.Where(_ => false)
        : actor.IsStaff ? db.Campaigns : db.Campaigns.Where(c => c.OrganisationId == actor.OrganisationId);

    /// <summary>Marks the messages a stopped run was handing over; call when a run starts. Returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stranded = await db.CampaignRecipients.Where(r => r.Status == RecipientStatus.Sending).Select(r => r.CampaignId).Distinct().ToListAsync(cancellationToken);
        var count = await db.CampaignRecipients.Where(r => r.Status == RecipientStatus.Sending).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, RecipientStatus.Interrupted)
            .SetProperty(r => r.Error, "Envoi interrompu par un arrêt du serveur : le message est peut-être parti, il n'est pas renvoyé."), cancellationToken);
        foreach (var campaign in stranded) await FinishIfDoneAsync(db, campaign, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return count;
    }

    /// <summary>The next message due, marked Sending (committed) before it is returned; null when nothing is due.</summary>
    public async Task<ClaimedMessage?> ClaimAsync(CancellationToken cancellationToken = default) =>
        (await ClaimBatchAsync(1, cancellationToken)).FirstOrDefault();

    /// <summary>
    /// Up to <paramref name="count"/> messages due, all of the same campaign (one request to SendGrid
    /// carries one text), marked Sending and committed before they are returned; empty when nothing is due.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimBatchAsync(int count, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = from r in db.CampaignRecipients
                  join c in db.Campaigns on r.CampaignId equals c.Id
                  where r.Status == RecipientStatus.Pending && r.NextAttemptAt <= now
                        && (c.Status == CampaignStatus.Scheduled || c.Status == CampaignStatus.Sending) && c.SendAt <= now
                  select new { Recipient = r, Campaign = c };
        var first = await due.OrderBy(x => x.Campaign.SendAt).ThenBy(x => x.Recipient.NextAttemptAt).ThenBy(x => x.Recipient.Email).FirstOrDefaultAsync(cancellationToken);
        if (first is null) return [];
        var campaign = first.Campaign;
        var taken = count == 1 ? [first.Recipient]
            : await due.Where(x => x.Campaign.Id == campaign.Id).OrderBy(x => x.Recipient.NextAttemptAt).ThenBy(x => x.Recipient.Email)
                .Select(x => x.Recipient).Take(count).ToListAsync(cancellationToken);
        foreach (var recipient in taken)
        {
            recipient.Status = RecipientStatus.Sending;
            recipient.Attempts++;
        }
        if (campaign.Status == CampaignStatus.Scheduled) (campaign.Status, campaign.StartedAt) = (CampaignStatus.Sending, now);
        await db.SaveChangesAsync(cancellationToken);
        return taken.Select(r => new ClaimedMessage(r.Id, r.CampaignId, r.Email, r.FirstName, r.FullName, campaign.Subject, campaign.Body)).ToList();
    }

    public Task SentAsync(Guid recipientId, CancellationToken cancellationToken = default) => SentAsync([recipientId], cancellationToken);

    /// <summary>Records messages handed over (one recipient, or a whole SendGrid request).</summary>
    public async Task SentAsync(IReadOnlyCollection<Guid> recipientIds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await db.CampaignRecipients.Where(r => recipientIds.Contains(r.Id)).ToListAsync(cancellationToken);
        foreach (var recipient in recipients) (recipient.Status, recipient.SentAt, recipient.Error) = (RecipientStatus.Sent, now, null);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var campaign in recipients.Select(r => r.CampaignId).Distinct()) await FinishIfDoneAsync(db, campaign, now, cancellationToken);
    }

    public Task RefusedAsync(Guid recipientId, string reason, CancellationToken cancellationToken = default) => RefusedAsync([recipientId], reason, cancellationToken);

    /// <summary>A refusal: tried again later with growing delays, then failed with its reason.</summary>
    public async Task RefusedAsync(IReadOnlyCollection<Guid> recipientIds, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await db.CampaignRecipients.Where(r => recipientIds.Contains(r.Id)).ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            recipient.Error = reason.Length > 500 ? reason[..500] : reason;
            if (CampaignRules.NextAttempt(recipient.Attempts, now) is { } next) (recipient.Status, recipient.NextAttemptAt) = (RecipientStatus.Pending, next);
            else recipient.Status = RecipientStatus.Failed;
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var campaign in recipients.Select(r => r.CampaignId).Distinct()) await FinishIfDoneAsync(db, campaign, now, cancellationToken);
    }

    private static async Task FinishIfDoneAsync(RempartDbContext db, Guid campaignId, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.CampaignRecipients.AnyAsync(r => r.CampaignId == campaignId && (r.Status == RecipientStatus.Pending || r.Status == RecipientStatus.Sending), cancellationToken)) return;
        await db.Campaigns.Where(c => c.Id == campaignId && c.Status == CampaignStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Sent).SetProperty(c => c.FinishedAt, now), cancellationToken);
    }
}
