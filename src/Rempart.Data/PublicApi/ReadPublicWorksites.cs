using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Programming;
using Rempart.Domain.Programming;

namespace Rempart.Data.PublicApi;

/// <summary>A worksite as the website shows it, with the ids of its published sessions.</summary>
public sealed record PublicWorksite(
    Guid Id, string Title, string Association, PublicSite Site, string Audience, IReadOnlyList<string> Techniques, string? Languages, string? Accommodation,
    string? Description, IReadOnlyList<PublicPhoto> Photos, IReadOnlyList<Guid> Sessions);

/// <summary>
/// The worksites and sites of the published programme: those with at least one published session
/// (a worksite without one is not on the website, nor is a site without such a worksite).
/// </summary>
public sealed class ReadPublicWorksites(IDbContextFactory<RempartDbContext> contexts, IOptions<PhotoOptions> photoOptions)
{
    public async Task<IReadOnlyList<PublicWorksite>> ExecuteAsync(
        string? region = null, string? technique = null, Guid? worksiteId = null, CancellationToken cancellationToken = default, Guid? siteId = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = from w in db.Worksites
                   join site in db.Sites on w.SiteId equals site.Id
                   join o in db.Organisations on w.AssociationId equals o.Id
                   where w.Status != WorksiteStatus.Archived && db.Sessions.Any(s => s.WorksiteId == w.Id && s.Status == SessionStatus.Published)
                   select new { Worksite = w, Site = site, Association = o.Name };
        if (worksiteId is { } id) rows = rows.Where(r => r.Worksite.Id == id);
        if (siteId is { } wanted) rows = rows.Where(r => r.Site.Id == wanted);
        if (!string.IsNullOrWhiteSpace(region)) rows = rows.Where(r => r.Site.Region == region);
        if (!string.IsNullOrWhiteSpace(technique)) rows = rows.Where(r => r.Worksite.Techniques != null && r.Worksite.Techniques.Contains(technique));
        var found = await rows.OrderBy(r => r.Worksite.Title).ThenBy(r => r.Worksite.Id).AsNoTracking().ToListAsync(cancellationToken);
        var worksiteIds = found.Select(r => r.Worksite.Id).ToList();
        var owners = found.SelectMany(r => new[] { r.Site.Id, r.Worksite.Id }).Distinct().ToList();
        var photos = await PublicProgrammeParts.PhotosAsync(db, owners, photoOptions.Value.PublicBaseUrl, cancellationToken);
        var sessions = (await db.Sessions.Where(s => worksiteIds.Contains(s.WorksiteId) && s.Status == SessionStatus.Published).OrderBy(s => s.StartDate)
            .Select(s => new { s.WorksiteId, s.Id }).ToListAsync(cancellationToken)).ToLookup(s => s.WorksiteId, s => s.Id);
        return found.Select(r => new PublicWorksite(r.Worksite.Id, r.Worksite.Title, r.Association,
            new PublicSite(r.Site.Id, r.Site.Name, r.Site.Commune, r.Site.Departement, r.Site.Region, r.Site.Latitude, r.Site.Longitude, r.Site.Description, photos[r.Site.Id].ToList()),
            r.Worksite.Audience.ToString(), Techniques.Split(r.Worksite.Techniques), r.Worksite.Languages, r.Worksite.Accommodation, r.Worksite.Description,
            photos[r.Worksite.Id].ToList(), sessions[r.Worksite.Id].ToList())).ToList();
    }

    /// <summary>One site of the published programme (null when none of its worksites has a published session), read alone.</summary>
    public async Task<PublicSite?> SiteAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(siteId: siteId, cancellationToken: cancellationToken)).FirstOrDefault()?.Site;

    /// <summary>The sites those worksites stand on, each once.</summary>
    public async Task<IReadOnlyList<PublicSite>> SitesAsync(string? region = null, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(region, null, null, cancellationToken)).Select(w => w.Site).DistinctBy(s => s.Id).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
}
