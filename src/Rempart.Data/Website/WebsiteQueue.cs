using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Website;

namespace Rempart.Data.Website;

/// <summary>An item claimed for a push: what to send (or take down) and the change it answers.</summary>
public sealed record ClaimedWebsiteItem(WebsiteItemKind Kind, Guid EntityId, bool Live, long? PostId, DateTime ChangedAt);

public sealed record WebsiteOverview(IReadOnlyList<WebsiteItem> Items, int Synced, int Pending, int Failed);

/// <summary>
/// The push's work list: items due (changed, or failed and due for a retry) are claimed with a
/// lease so that two runs never push the same one; each ends synced or failed with WordPress's
/// own reason and the time of the next try. Staff resync one item or everything from here.
/// </summary>
public sealed class WebsiteQueue(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClaimedWebsiteItem>> ClaimDueAsync(int limit, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.WebsiteItems.AsNoTracking()
            .Where(i => (i.State == WebsiteSyncState.Pending || i.State == WebsiteSyncState.Failed) && i.NextAttemptAt <= now)
            .OrderBy(i => i.NextAttemptAt).Take(limit).ToListAsync(cancellationToken);
        var claimed = new List<ClaimedWebsiteItem>();
        foreach (var item in due)
        {
            var took = await db.WebsiteItems
                .Where(i => i.Kind == item.Kind && i.EntityId == item.EntityId && i.NextAttemptAt == item.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.NextAttemptAt, now + WebsiteRules.Lease), cancellationToken);
            if (took == 1) claimed.Add(new ClaimedWebsiteItem(item.Kind, item.EntityId, item.Live, item.PostId, item.ChangedAt));
        }
        // Sites before worksites before sessions: a session's post links to its worksite's.
        return claimed.OrderBy(c => c.Kind switch { WebsiteItemKind.Site => 0, WebsiteItemKind.Worksite => 1, _ => 2 }).ToList();
    }

    /// <summary>
    /// Records a push that worked. When the item changed again meanwhile it stays pending (the
    /// next run sends the newer state). A site or worksite that just got its post makes its
    /// children pending, so that their links to it are filled in.
    /// </summary>
    public async Task CompleteAsync(ClaimedWebsiteItem claimed, long? postId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.WebsiteItems.FirstOrDefaultAsync(i => i.Kind == claimed.Kind && i.EntityId == claimed.EntityId, cancellationToken);
        if (item is null) return;
        var newPost = postId is not null && item.PostId != postId;
        (item.PostId, item.PushedAt, item.Attempts, item.LastError) = (postId, now, 0, null);
        if (item.ChangedAt == claimed.ChangedAt) item.State = WebsiteSyncState.Synced;
        item.NextAttemptAt = now;
        if (newPost && claimed.Kind != WebsiteItemKind.Session)
        {
            var children = claimed.Kind == WebsiteItemKind.Site
                ? await db.Worksites.Where(w => w.SiteId == claimed.EntityId).Select(w => w.Id).ToListAsync(cancellationToken)
                : await db.Sessions.Where(s => s.WorksiteId == claimed.EntityId).Select(s => s.Id).ToListAsync(cancellationToken);
            var childKind = claimed.Kind == WebsiteItemKind.Site ? WebsiteItemKind.Worksite : WebsiteItemKind.Session;
            // A child claimed in this same run (NextAttemptAt leased, in the future) is pushed after its parent and reads its new post id then.
            foreach (var child in await db.WebsiteItems.Where(i => i.Kind == childKind && children.Contains(i.EntityId) && i.Live && i.NextAttemptAt <= now).ToListAsync(cancellationToken))
                (child.State, child.NextAttemptAt) = (WebsiteSyncState.Pending, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task FailAsync(ClaimedWebsiteItem claimed, string error, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.WebsiteItems.FirstOrDefaultAsync(i => i.Kind == claimed.Kind && i.EntityId == claimed.EntityId, cancellationToken);
        if (item is null) return;
        item.Attempts++;
        (item.State, item.NextAttemptAt, item.LastError) = (WebsiteSyncState.Failed, now + WebsiteRules.RetryDelay(item.Attempts), error.Length > 1000 ? error[..1000] : error);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sends one item again (or every item that is or was on the website), whatever its state, at the next run.</summary>
    public async Task<string?> ResyncAsync(Actor actor, WebsiteItemKind? kind = null, Guid? entityId = null, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return "Vous ne pouvez pas gérer la synchronisation du site web.";
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = db.WebsiteItems.Where(i => i.Live || i.PostId != null);
        if (kind is { } k && entityId is { } id) items = items.Where(i => i.Kind == k && i.EntityId == id);
        var marked = await items.ExecuteUpdateAsync(s => s
            .SetProperty(i => i.State, WebsiteSyncState.Pending).SetProperty(i => i.Attempts, 0).SetProperty(i => i.NextAttemptAt, now), cancellationToken);
        return marked == 0 && entityId is not null ? "Cet élément n'est plus sur le site." : null;
    }

    public async Task<WebsiteOverview> OverviewAsync(Actor actor, WebsiteSyncState? state = null, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return new WebsiteOverview([], 0, 0, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = db.WebsiteItems.AsNoTracking().Where(i => i.Live || i.PostId != null || i.State != WebsiteSyncState.Synced);
        var counts = await visible.GroupBy(i => i.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var list = state is { } s ? visible.Where(i => i.State == s) : visible;
        // Failures first, then what waits, then the rest; the screen shows 500 at most.
        var items = (await list.OrderBy(i => i.Title).Take(500).ToListAsync(cancellationToken))
            .OrderBy(i => i.State switch { WebsiteSyncState.Failed => 0, WebsiteSyncState.Pending => 1, _ => 2 }).ToList();
        int Count(WebsiteSyncState wanted) => counts.FirstOrDefault(c => c.Key == wanted)?.Count ?? 0;
        return new WebsiteOverview(items, Count(WebsiteSyncState.Synced), Count(WebsiteSyncState.Pending), Count(WebsiteSyncState.Failed));
    }

    /// <summary>The media ids of photos already uploaded to WordPress.</summary>
    public async Task<Dictionary<Guid, long>> MediaAsync(IReadOnlyCollection<Guid> photoIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebsiteMedia.Where(m => photoIds.Contains(m.PhotoId)).ToDictionaryAsync(m => m.PhotoId, m => m.MediaId, cancellationToken);
    }

    public async Task RememberMediaAsync(Guid photoId, long mediaId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await db.WebsiteMedia.FirstOrDefaultAsync(m => m.PhotoId == photoId, cancellationToken);
        if (known is null) db.WebsiteMedia.Add(new WebsiteMedia { PhotoId = photoId, MediaId = mediaId, UploadedAt = clock.GetUtcNow().UtcDateTime });
        else known.MediaId = mediaId;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ForgetMediaAsync(Guid photoId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WebsiteMedia.Where(m => m.PhotoId == photoId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The post ids of the given items (a session's worksite and site), 0 for one not on the website yet.</summary>
    public async Task<Dictionary<(WebsiteItemKind, Guid), long>> PostIdsAsync(IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebsiteItems.AsNoTracking().Where(i => entityIds.Contains(i.EntityId) && i.PostId != null)
            .ToDictionaryAsync(i => (i.Kind, i.EntityId), i => i.PostId!.Value, cancellationToken);
    }
}
