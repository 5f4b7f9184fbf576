using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Website;

namespace Rempart.Data.Website;

public sealed record WebhookDeliveryRow(Guid Id, string Subscription, string Event, DateTime CreatedAt, WebhookDeliveryState State, int Attempts, DateTime? DeliveredAt, int? LastStatus, string? LastError, DateTime NextAttemptAt);

/// <summary>
/// The consumers of the programme's events, managed by the super-admin: a new subscription's
/// secret is shown once; a subscription removed stops at once, and its pending deliveries with it.
/// </summary>
public sealed class WebhookSubscriptions(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    private const string Refusal = "Vous ne pouvez pas gérer les webhooks.";

    public async Task<(WebhookSubscription? Subscription, string? Secret, IReadOnlyDictionary<string, string> Errors)> CreateAsync(
        string name, string url, IReadOnlyCollection<string> events, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return (null, null, new Dictionary<string, string> { [""] = Refusal });
        var errors = WebhookRules.Validate(name, url, events);
        if (errors.Count > 0) return (null, null, errors);
        var secret = "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var subscription = new WebhookSubscription
        {
            Name = name.Trim(), Url = url.Trim(), Events = string.Join(' ', events.Distinct().Order(StringComparer.Ordinal)), Secret = secret,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WebhookSubscriptions.Add(subscription);
        db.AuditEntries.Add(ActorAudit.Of(actor, AuditEvent.WebhookSubscribed, $"Webhook « {subscription.Name} » vers {subscription.Url} ({subscription.Events})", subscription.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return (subscription, secret, errors);
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookSubscriptions.AsNoTracking().Where(s => s.DisabledAt == null).OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }

    public async Task<string?> DeleteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return Refusal;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null) return "Cet abonnement n'existe plus.";
        // Its deliveries go with it (cascade): nothing more is sent to that address.
        db.WebhookSubscriptions.Remove(subscription);
        db.AuditEntries.Add(ActorAudit.Of(actor, AuditEvent.WebhookUnsubscribed, $"Webhook « {subscription.Name} » vers {subscription.Url}", clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The latest deliveries, newest first, with their outcome.</summary>
    public async Task<IReadOnlyList<WebhookDeliveryRow>> RecentDeliveriesAsync(Actor actor, int take = 50, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from d in db.WebhookDeliveries
                      join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
                      orderby d.CreatedAt descending
                      select new WebhookDeliveryRow(d.Id, s.Name, d.Event, d.CreatedAt, d.State, d.Attempts, d.DeliveredAt, d.LastStatus, d.LastError, d.NextAttemptAt))
            .Take(take).ToListAsync(cancellationToken);
    }
}
