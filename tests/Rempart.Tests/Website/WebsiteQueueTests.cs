using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Data.PublicApi;
using Rempart.Data.Website;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Domain.Website;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Website;

/// <summary>The change detector and the push's queue on both databases: what is due, claimed once, retried later, kept pending when it changed meanwhile.</summary>
public sealed class WebsiteQueueTests
{
    [Theory, DatabaseData]
    public async Task Changes_AreDetected_ClaimedOnce_RetriedLater_AndAChangeDuringAPushIsNotLost(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new ManualClock();
        var photos = Options.Create(new PhotoOptions());
        var detect = new DetectWebsiteChanges(database.Contexts, new ReadPublicSessions(database.Contexts, clock, photos), new ReadPublicWorksites(database.Contexts, photos), clock);
        var queue = new WebsiteQueue(database.Contexts, clock);
        var session = await ProgrammeFixtures.PublishedSessionAsync(database, "2031-07-07", "2031-07-20");

        Assert.Equal(new WebsiteChanges(3, 0, 0, 0), await detect.ExecuteAsync());
        Assert.Equal(new WebsiteChanges(0, 0, 0, 0), await detect.ExecuteAsync());
        var claimed = await queue.ClaimDueAsync(10);
        Assert.Equal([WebsiteItemKind.Site, WebsiteItemKind.Worksite, WebsiteItemKind.Session], claimed.Select(c => c.Kind));
        Assert.Empty(await queue.ClaimDueAsync(10));

        await queue.CompleteAsync(claimed[0], 11);
        await queue.CompleteAsync(claimed[1], 12);
        await queue.FailAsync(claimed[2], "WordPress a refusé (500)");
        var admin = TestActors.Holding(null, ProfileKind.SuperAdmin);
        var overview = await queue.OverviewAsync(admin);
        Assert.Equal((2, 0, 1), (overview.Synced, overview.Pending, overview.Failed));
        Assert.Equal("WordPress a refusé (500)", overview.Items[0].LastError);
        Assert.Empty(await queue.ClaimDueAsync(10));
        clock.Advance(TimeSpan.FromSeconds(31));
        var retried = Assert.Single(await queue.ClaimDueAsync(10));
        Assert.Equal(session.Id, retried.EntityId);

        // The session changes while its push runs: the push's success leaves it pending for the newer state.
        await using (var db = database.CreateContext())
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 20));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new WebsiteChanges(0, 1, 0, 0), await detect.ExecuteAsync());
        await queue.CompleteAsync(retried, 13);
        var item = (await queue.OverviewAsync(admin)).Items.Single(i => i.EntityId == session.Id);
        Assert.Equal((WebsiteSyncState.Pending, 13L, 0), (item.State, item.PostId, item.Attempts));
        var again = Assert.Single(await queue.ClaimDueAsync(10));
        await queue.CompleteAsync(again, 13);
        Assert.Equal(3, (await queue.OverviewAsync(admin)).Synced);

        // Cancelled: to be taken down, with its post id kept for that.
        await using (var db = database.CreateContext())
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled));
        Assert.Equal(new WebsiteChanges(0, 0, 3, 0), await detect.ExecuteAsync());
        var down = await queue.ClaimDueAsync(10);
        Assert.All(down, d => Assert.False(d.Live));
        Assert.Equal(13L, down.Single(d => d.Kind == WebsiteItemKind.Session).PostId);

        Assert.NotNull(await queue.ResyncAsync(TestActors.Holding(null, ProfileKind.Staff)));
        Assert.Empty((await queue.OverviewAsync(TestActors.Holding(null, ProfileKind.Staff))).Items);
    }
}
