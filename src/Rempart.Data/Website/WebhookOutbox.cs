using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Website;

namespace Rempart.Data.Website;

/// <summary>A delivery claimed for sending, with what the signature needs.</summary>
public sealed record ClaimedDelivery(Guid Id, string Url, string Secret, string Event, string Body, int Attempts);

/// <summary>
/// Deliveries waiting to be posted: claimed with a lease (two runs never post the same one at
/// once), then delivered, or retried later, or abandoned after <see cref="WebhookRules.MaximumAttempts"/>.
/// A receiver may still see one twice (a crash after its answer, before ours is written): it
/// deduplicates by the Rempart-Delivery header, which stays the same across retries.
/// </summary>
public sealed class WebhookOutbox(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(int limit, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await (from d in db.WebhookDeliveries
                         join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
                         where d.State == WebhookDeliveryState.Pending && d.NextAttemptAt <= now && s.DisabledAt == null
                         orderby d.CreatedAt
                         select new { d.Id, d.NextAttemptAt, s.Url, s.Secret, d.Event, d.Body, d.Attempts }).Take(limit).ToListAsync(cancellationToken);
        var claimed = new List<ClaimedDelivery>();
        foreach (var delivery in due)
        {
            var took = await db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.NextAttemptAt == delivery.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, now + WebsiteRules.Lease), cancellationToken);
            if (took == 1) claimed.Add(new ClaimedDelivery(delivery.Id, delivery.Url, delivery.Secret, delivery.Event, delivery.Body, delivery.Attempts));
        }
        return claimed;
    }

    public async Task DeliveredAsync(Guid id, int status, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, WebhookDeliveryState.Delivered).SetProperty(d => d.DeliveredAt, now).SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, (string?)null), cancellationToken);
    }

    public async Task FailedAsync(Guid id, int? status, string error, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delivery is null) return;
        delivery.Attempts++;
        (delivery.LastStatus, delivery.LastError) = (status, error.Length > 1000 ? error[..1000] : error);
        if (delivery.Attempts >= WebhookRules.MaximumAttempts) delivery.State = WebhookDeliveryState.Abandoned;
        delivery.NextAttemptAt = now + WebsiteRules.RetryDelay(delivery.Attempts);
        await db.SaveChangesAsync(cancellationToken);
    }
}
