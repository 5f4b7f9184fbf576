using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Data.PublicApi;
using Rempart.Data.Website;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Domain.Website;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Website;

namespace Rempart.Tests.Website;

/// <summary>
/// The push to a real WordPress and back through WordPress's own REST API: the demo programme
/// arrives with its titles, dates, free places, photos and terms; a change updates the same post;
/// an unpublished session disappears; a wrong password leaves items failed with WordPress's reason.
/// </summary>
public sealed class WordPressRoundTripTests(WordPressServer wordPress) : IClassFixture<WordPressServer>
{
    private static readonly Actor Admin = TestActors.Holding(null, ProfileKind.SuperAdmin);

    /// <summary>What the job does, until nothing is due: a worksite's new post makes its sessions due again (their link to it).</summary>
    private static async Task SyncAsync(RempartAppFactory app)
    {
        await app.Services.GetRequiredService<DetectWebsiteChanges>().ExecuteAsync();
        for (var round = 0; round < 5; round++)
        {
            var (pushed, failed) = await app.Services.GetRequiredService<PushToWordPress>().ExecuteAsync();
            Assert.Equal(0, failed);
            if (pushed == 0) return;
        }
    }

    private Task<List<JsonNode>> PostsAsync(string type) => wordPress.GetAllAsync($"{type}?context=edit&status=any");

    private static string Meta(JsonNode post, string key) => post["meta"]![key]!.ToString();

    [Fact]
    public async Task TheDemoProgramme_IsReadBackFromWordPress_AChangeUpdatesTheSamePost_AndAnUnpublishedSessionDisappears()
    {
        var settings = wordPress.Settings();
        settings["Demo:SeedOnFirstRun"] = "true";
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: settings);
        app.CreateClient().Dispose();
        var published = await app.Services.GetRequiredService<ReadPublicSessions>().AllAsync();
        Assert.NotEmpty(published);
        var pictured = published[0];
        var photo = await app.Services.GetRequiredService<ManagePhotos>().AddAsync(PhotoOwner.Worksite, pictured.WorksiteId, "printemps.jpg",
            new MemoryStream(TestImages.Jpeg(2400, 1600)), "Le chantier au printemps", ProgrammeFixtures.Staff);
        Assert.Null(photo.Refusal);

        await SyncAsync(app);

        var overview = await app.Services.GetRequiredService<WebsiteQueue>().OverviewAsync(Admin);
        Assert.Equal(0, overview.Failed);
        Assert.Equal(0, overview.Pending);
        var posts = await PostsAsync("rempart_session");
        Assert.Equal(published.Count, posts.Count);
        var regions = await wordPress.GetAllAsync("rempart_region");
        var techniques = await wordPress.GetAllAsync("rempart_technique");
        foreach (var session in published)
        {
            var post = Assert.Single(posts, p => Meta(p, "rempart_id") == session.Id.ToString());
            Assert.Equal("publish", post["status"]!.ToString());
            Assert.StartsWith(session.Title, post["title"]!["raw"]!.ToString(), StringComparison.Ordinal);
            Assert.Equal(session.Start.ToString("yyyy-MM-dd"), Meta(post, "rempart_debut"));
            Assert.Equal(session.End.ToString("yyyy-MM-dd"), Meta(post, "rempart_fin"));
            Assert.Equal(session.FreePlaces.ToString(), Meta(post, "rempart_places_libres"));
            var regionNames = post["rempart_region"]!.AsArray().Select(id => regions.Single(r => r["id"]!.ToString() == id!.ToString())!["name"]!.ToString()).ToList();
            // WordPress escapes some characters of names ("&amp;"): compared as text.
            Assert.Equal(session.Site.Region is null ? [] : [session.Site.Region], regionNames.Select(System.Net.WebUtility.HtmlDecode));
            var techniqueNames = post["rempart_technique"]!.AsArray().Select(id => techniques.Single(t => t["id"]!.ToString() == id!.ToString())["name"]!.ToString());
            Assert.Equal(session.Techniques.Order(StringComparer.Ordinal), techniqueNames.Select(System.Net.WebUtility.HtmlDecode).Order(StringComparer.Ordinal));
            Assert.NotEqual("0", Meta(post, "rempart_chantier"));
        }

        // The photo: the featured image of the sessions of its worksite, in the media library at the large size, with its description.
        var withPhoto = posts.Single(p => Meta(p, "rempart_id") == pictured.Id.ToString());
        var media = (await wordPress.GetAsync($"media/{withPhoto["featured_media"]}?context=edit"))!;
        Assert.Equal("Le chantier au printemps", media["alt_text"]!.ToString());
        Assert.Equal(1600, media["media_details"]!["width"]!.GetValue<int>());
        using (var http = new HttpClient())
            Assert.Equal(1600, TestImages.Width(await http.GetByteArrayAsync(media["source_url"]!.ToString())));
        // Uploaded once, though every session of that worksite shows it.
        Assert.Single(await wordPress.GetAllAsync("media"));

        // A change: new dates for one session, a new title of the same post.
        var changed = published.First(s => s.Id != pictured.Id);
        var changedPost = posts.Single(p => Meta(p, "rempart_id") == changed.Id.ToString())["id"]!.ToString();
        await using (var db = app.Database.CreateContext())
            await db.Sessions.Where(s => s.Id == changed.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndDate, x => x.EndDate.AddDays(2)));
        // And another leaves the programme.
        var unpublished = published.Last(s => s.Id != pictured.Id && s.Id != changed.Id);
        var unpublishedPost = posts.Single(p => Meta(p, "rempart_id") == unpublished.Id.ToString())["id"]!.ToString();
        await using (var db = app.Database.CreateContext())
            await db.Sessions.Where(s => s.Id == unpublished.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled));

        await SyncAsync(app);

        var after = (await wordPress.GetAsync($"rempart_session/{changedPost}?context=edit"))!;
        Assert.Equal(changed.End.AddDays(2).ToString("yyyy-MM-dd"), Meta(after, "rempart_fin"));
        Assert.Contains(changed.End.AddDays(2).Day.ToString(), after["title"]!["raw"]!.ToString(), StringComparison.Ordinal);
        Assert.Null(await wordPress.GetAsync($"rempart_session/{unpublishedPost}"));
        var remaining = await PostsAsync("rempart_session");
        Assert.Equal(published.Count - 1, remaining.Count);
        Assert.DoesNotContain(remaining, p => Meta(p, "rempart_id") == unpublished.Id.ToString());

        // A post deleted by hand in WordPress is made again by a resync.
        using (var deleted = await wordPress.Rest.DeleteAsync($"rempart_session/{changedPost}?force=true")) deleted.EnsureSuccessStatusCode();
        Assert.Null(await app.Services.GetRequiredService<WebsiteQueue>().ResyncAsync(Admin, WebsiteItemKind.Session, changed.Id));
        await SyncAsync(app);
        var again = await PostsAsync("rempart_session");
        Assert.Single(again, p => Meta(p, "rempart_id") == changed.Id.ToString());
        Assert.Equal(published.Count - 1, again.Count);
    }

    [Fact]
    public async Task AWrongApplicationPassword_LeavesEachItemFailedWithWordPresssReason_RetriedLaterNotAtOnce()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: wordPress.Settings("xxxx xxxx xxxx xxxx xxxx xxxx"));
        app.CreateClient().Dispose();
        var session = await ProgrammeFixtures.PublishedSessionAsync(app.Database, "2031-07-07", "2031-07-20");
        await app.Services.GetRequiredService<DetectWebsiteChanges>().ExecuteAsync();
        var push = app.Services.GetRequiredService<PushToWordPress>();

        var (pushed, failed) = await push.ExecuteAsync();
        Assert.Equal((0, 3), (pushed, failed));
        var overview = await app.Services.GetRequiredService<WebsiteQueue>().OverviewAsync(Admin);
        Assert.Equal(3, overview.Failed);
        Assert.All(overview.Items, i =>
        {
            Assert.Contains("ne reconnaît pas l'utilisateur ou le mot de passe d'application", i.LastError, StringComparison.Ordinal);
            Assert.Contains("401", i.LastError, StringComparison.Ordinal);
            Assert.True(i.NextAttemptAt > DateTime.UtcNow.AddSeconds(20));
        });
        Assert.Equal((0, 0), await push.ExecuteAsync());
        // Resync: tried again at once (and refused again).
        Assert.Null(await app.Services.GetRequiredService<WebsiteQueue>().ResyncAsync(Admin));
        Assert.Equal((0, 3), await push.ExecuteAsync());
        Assert.DoesNotContain(await PostsAsync("rempart_session"), p => Meta(p, "rempart_id") == session.Id.ToString());
    }
}
