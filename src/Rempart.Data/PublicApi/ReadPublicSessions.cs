using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Programming;
using Rempart.Data.Places;
using Rempart.Domain.Programming;

namespace Rempart.Data.PublicApi;

public sealed record PublicSite(Guid Id, string Name, string Commune, string? Departement, string? Region, double? Latitude, double? Longitude, string? Description, IReadOnlyList<PublicPhoto> Photos);

/// <summary>A published session as the website shows it: never a person, only the programme and its free places.</summary>
public sealed record PublicSession(
    Guid Id, Guid WorksiteId, string Title, string Association, PublicSite Site, DateOnly Start, DateOnly End, int MinimumAge, int? MaximumAge,
    string Audience, IReadOnlyList<string> Techniques, int FreePlaces, bool RegistrationOpen, IReadOnlyList<PublicPhoto> Photos,
    IReadOnlyList<PublicPrice> Prices, decimal? PriceFrom);

/// <summary>The website's filters, paging and sort (<c>debut</c>, <c>-debut</c>, <c>titre</c>, <c>-titre</c>).</summary>
public sealed record PublicSessionQuery(
    DateOnly? From = null, DateOnly? To = null, string? Region = null, string? Technique = null, Audience? Audience = null, bool FreeOnly = false,
    int Page = 1, int PageSize = 20, string Sort = "debut", Guid? SessionId = null);

public sealed record PublicSessionPage(IReadOnlyList<PublicSession> Items, int Total, int Page, int PageSize);

/// <summary>
/// The published programme for the public API: sessions whose status is Published, with their
/// worksite and site (published data only), photos with the URLs of their sizes, the catalogue's
/// prices, and the places still free in the open pool.
/// </summary>
public sealed class ReadPublicSessions(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, IOptions<PhotoOptions> photoOptions)
{
    public const int MaximumPageSize = 100;

    /// <summary>One published session; null for any other, as if it did not exist.</summary>
    public async Task<PublicSession?> OneAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(new PublicSessionQuery(SessionId: sessionId), cancellationToken)).Items.FirstOrDefault();

    public Task<PublicSessionPage> ExecuteAsync(PublicSessionQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(query, paged: true, cancellationToken);

    /// <summary>Every published session at once, in start order: what the website's push compares with what it sent.</summary>
    public async Task<IReadOnlyList<PublicSession>> AllAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync(new PublicSessionQuery(), paged: false, cancellationToken)).Items;

    private async Task<PublicSessionPage> ReadAsync(PublicSessionQuery query, bool paged, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = from s in db.Sessions
                   join w in db.Worksites on s.WorksiteId equals w.Id
                   join site in db.Sites on w.SiteId equals site.Id
                   join o in db.Organisations on w.AssociationId equals o.Id
                   where s.Status == SessionStatus.Published
                   select new { Session = s, Worksite = w, Site = site, Association = o.Name };
        if (query.SessionId is { } id) rows = rows.Where(r => r.Session.Id == id);
        if (query.From is { } from) rows = rows.Where(r => r.Session.EndDate >= from);
        if (query.To is { } to) rows = rows.Where(r => r.Session.StartDate <= to);
        if (!string.IsNullOrWhiteSpace(query.Region)) rows = rows.Where(r => r.Site.Region == query.Region);
        if (!string.IsNullOrWhiteSpace(query.Technique)) rows = rows.Where(r => r.Worksite.Techniques != null && r.Worksite.Techniques.Contains(query.Technique));
        if (query.Audience is { } audience) rows = rows.Where(r => r.Worksite.Audience == audience);
        rows = query.Sort switch
        {
            "-debut" => rows.OrderByDescending(r => r.Session.StartDate).ThenBy(r => r.Session.Id),
            "titre" => rows.OrderBy(r => r.Worksite.Title).ThenBy(r => r.Session.StartDate).ThenBy(r => r.Session.Id),
            "-titre" => rows.OrderByDescending(r => r.Worksite.Title).ThenBy(r => r.Session.StartDate).ThenBy(r => r.Session.Id),
            _ => rows.OrderBy(r => r.Session.StartDate).ThenBy(r => r.Session.Id),
        };
        var size = paged ? Math.Clamp(query.PageSize, 1, MaximumPageSize) : int.MaxValue;
        var page = paged ? Math.Max(1, query.Page) : 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        // Free places need counting; with "only free" the count decides which rows are kept, so it runs on them all.
        var candidates = query.FreeOnly ? await rows.ToListAsync(cancellationToken) : null;
        var counts = candidates is null ? null : await PlaceQueries.CountsAsync(db, candidates.Select(r => r.Session.Id).ToList(), now, cancellationToken);
        var kept = candidates?.Where(r => counts![r.Session.Id].OpenPoolFree > 0).ToList();
        var total = kept?.Count ?? await rows.CountAsync(cancellationToken);
        var slice = kept is not null ? kept.Skip((page - 1) * size).Take(size).ToList()
            : paged ? await rows.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken) : await rows.ToListAsync(cancellationToken);
        counts ??= await PlaceQueries.CountsAsync(db, slice.Select(r => r.Session.Id).ToList(), now, cancellationToken);

        var owners = slice.SelectMany(r => new[] { r.Site.Id, r.Worksite.Id }).Distinct().ToList();
        var photos = await PublicProgrammeParts.PhotosAsync(db, owners, photoOptions.Value.PublicBaseUrl, cancellationToken);
        var prices = await PublicProgrammeParts.PricesAsync(db, slice.Select(r => r.Session.Id).ToList(), cancellationToken);
        var items = slice.Select(r =>
        {
            var s = r.Session;
            var open = s.StartDate > today && (s.RegistrationOpens is null || s.RegistrationOpens <= today) && (s.RegistrationCloses is null || s.RegistrationCloses >= today);
            return new PublicSession(s.Id, r.Worksite.Id, r.Worksite.Title, r.Association,
                new PublicSite(r.Site.Id, r.Site.Name, r.Site.Commune, r.Site.Departement, r.Site.Region, r.Site.Latitude, r.Site.Longitude, r.Site.Description, photos[r.Site.Id].ToList()),
                s.StartDate, s.EndDate, s.MinimumAge, s.MaximumAge, r.Worksite.Audience.ToString(), Techniques.Split(r.Worksite.Techniques),
                counts[s.Id].OpenPoolFree, open && counts[s.Id].OpenPoolFree > 0, photos[r.Worksite.Id].ToList(), prices[s.Id].Prices, prices[s.Id].From);
        }).ToList();
        return new PublicSessionPage(items, total, page, paged ? size : items.Count);
    }
}
