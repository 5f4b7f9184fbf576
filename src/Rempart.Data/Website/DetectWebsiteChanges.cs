using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.PublicApi;
using Rempart.Domain.Website;

namespace Rempart.Data.Website;

/// <summary>What one pass of the change detector found.</summary>
public sealed record WebsiteChanges(int Entered, int Changed, int Left, int Events);

/// <summary>
/// Compares the published programme, as the public API shows it, with what the website was last
/// sent: items that entered, changed or left are marked for the push, and each subscribed webhook
/// consumer gets its events (session published, changed, availability changed, unpublished) in
/// the same transaction. Comparing the outcome rather than hooking every operation that can change
/// it (a session's dates, a photo, a price, a registration that takes a place, a new day that
/// closes registrations) means no change can be missed.
/// </summary>
public sealed class DetectWebsiteChanges(IDbContextFactory<RempartDbContext> contexts, ReadPublicSessions sessions, ReadPublicWorksites worksites, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Wanted(string Title, string Hash, int? FreePlaces, bool? RegistrationOpen, PublicSession? Session);

    public async Task<WebsiteChanges> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var wanted = new Dictionary<(WebsiteItemKind, Guid), Wanted>();
        foreach (var session in await sessions.AllAsync(cancellationToken))
            wanted[(WebsiteItemKind.Session, session.Id)] = new Wanted($"{session.Title} ({session.Start:dd/MM/yyyy} – {session.End:dd/MM/yyyy})",
                Hash(session with { FreePlaces = 0, RegistrationOpen = false }), session.FreePlaces, session.RegistrationOpen, session);
        var published = await worksites.ExecuteAsync(cancellationToken: cancellationToken);
        foreach (var worksite in published) wanted[(WebsiteItemKind.Worksite, worksite.Id)] = new Wanted(worksite.Title, Hash(worksite), null, null, null);
        foreach (var site in published.Select(w => w.Site).DistinctBy(s => s.Id)) wanted[(WebsiteItemKind.Site, site.Id)] = new Wanted(site.Name, Hash(site), null, null, null);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.WebsiteItems.ToDictionaryAsync(i => (i.Kind, i.EntityId), cancellationToken);
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.DisabledAt == null).ToListAsync(cancellationToken);
        int entered = 0, changed = 0, left = 0, events = 0;

        foreach (var ((kind, id), want) in wanted)
        {
            items.TryGetValue((kind, id), out var item);
            var news = kind == WebsiteItemKind.Session ? WebsiteRules.SessionEvents(item, true, want.Hash, want.FreePlaces, want.RegistrationOpen) : [];
            events += Announce(db, subscriptions, news, want.Session, id, now);
            if (item is null)
            {
                db.WebsiteItems.Add(item = new WebsiteItem { Kind = kind, EntityId = id });
                entered++;
            }
            else if (!item.Live) entered++;
            else if (item.ContentHash != want.Hash || item.FreePlaces != want.FreePlaces || item.RegistrationOpen != want.RegistrationOpen) changed++;
            else
            {
                item.Title = want.Title;
                continue;
            }
            (item.Title, item.Live, item.ContentHash, item.FreePlaces, item.RegistrationOpen) = (want.Title, true, want.Hash, want.FreePlaces, want.RegistrationOpen);
            MarkPending(item, now);
        }
        foreach (var item in items.Values.Where(i => i.Live && !wanted.ContainsKey((i.Kind, i.EntityId))))
        {
            if (item.Kind == WebsiteItemKind.Session) events += Announce(db, subscriptions, [WebhookEvents.SessionUnpublished], null, item.EntityId, now);
            item.Live = false;
            MarkPending(item, now);
            left++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new WebsiteChanges(entered, changed, left, events);
    }

    private static void MarkPending(WebsiteItem item, DateTime now) =>
        (item.State, item.Attempts, item.NextAttemptAt, item.ChangedAt, item.LastError) = (WebsiteSyncState.Pending, 0, now, now, null);

    /// <summary>One delivery per subscription and event; the body is written now, so every retry sends the same bytes.</summary>
    private static int Announce(RempartDbContext db, IReadOnlyList<WebhookSubscription> subscriptions, IReadOnlyList<string> names, PublicSession? session, Guid sessionId, DateTime now)
    {
        var count = 0;
        foreach (var name in names)
        {
            var eventId = Guid.NewGuid();
            var body = JsonSerializer.Serialize(new { id = eventId, type = name, createdAt = now, sessionId, session }, Json);
            foreach (var subscription in subscriptions.Where(s => s.Wants(name)))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery { SubscriptionId = subscription.Id, Event = name, Body = body, CreatedAt = now, NextAttemptAt = now });
                count++;
            }
        }
        return count;
    }

    private static string Hash<T>(T value) => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, Json)));
}
