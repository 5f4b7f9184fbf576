using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Extranet;

namespace Rempart.Data.Extranet;

/// <summary>What a feed holds: the events its owner may see today, with their groups, values and changed occurrences.</summary>
public sealed record FeedContent(string OwnerName, IReadOnlyList<EventDetail> Events);

/// <summary>
/// Each member's secret iCalendar address: a random token (256 bits) made on first use; a new one
/// replaces it, and the old address then answers nothing. The feed holds what its owner may see at
/// the moment it is read, so a member who leaves a group (or the extranet) stops seeing its events.
/// </summary>
public sealed class CalendarFeeds(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<string?> TokenAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Reads(actor)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.CalendarFeeds.Where(f => f.UserId == actor.UserId).Select(f => f.Token).FirstOrDefaultAsync(cancellationToken);
        return existing ?? await RegenerateAsync(actor, cancellationToken);
    }

    public async Task<string?> RegenerateAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ExtranetAccess.Reads(actor)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == actor.UserId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { UserId = actor.UserId };
            db.CalendarFeeds.Add(feed);
        }
        (feed.Token, feed.CreatedAt) = (Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return feed.Token;
    }

    /// <summary>Null for a token nobody holds (or held, before regenerating it), or an owner who may no longer read the extranet.</summary>
    public async Task<FeedContent?> ReadAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = await db.CalendarFeeds.Where(f => f.Token == token).Select(f => (Guid?)f.UserId).FirstOrDefaultAsync(cancellationToken);
        if (owner is not { } userId || await ExtranetQueries.ActorOfAsync(db, userId, cancellationToken) is not { } actor || !ExtranetAccess.Reads(actor)) return null;
        var groups = await ExtranetQueries.GroupsOfAsync(db, userId, cancellationToken);
        var events = await ExtranetQueries.VisibleEvents(db, actor, groups).AsNoTracking().OrderBy(e => e.Start).ToListAsync(cancellationToken);
        return new FeedContent(actor.Name, await ExtranetCalendar.DetailsAsync(db, events, cancellationToken));
    }

}
