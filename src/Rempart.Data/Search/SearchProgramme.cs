using Microsoft.EntityFrameworkCore;
using Rempart.Data.Documents;
using Rempart.Data.Volunteers;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Search;

public enum FoundKind
{
    Site,
    Worksite,
    Session,
    Volunteer,
}

/// <summary>Something of the programme, or a volunteer, whose words match.</summary>
public sealed record FoundItem(FoundKind Kind, Guid Id, string Label, string Detail);

/// <summary>
/// The staff's side of the search box: sites, worksites, sessions and volunteers holding every word
/// typed (in their name, town, title or address), a few of each, case and accents aside
/// (<see cref="TextFold"/>; volunteers through their trigram index). Nobody else gets any: an
/// association's own lists have their own search.
/// </summary>
public sealed class SearchProgramme(IDbContextFactory<RempartDbContext> contexts)
{
    public const int PerKind = 5;

    public async Task<IReadOnlyList<FoundItem>> ExecuteAsync(string? typed, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsStaff) return [];
        var words = SearchText.Words(typed).Select(TextFold.Plain).ToList();
        if (words.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var sites = db.Sites.AsQueryable();
        var worksites = from w in db.Worksites join s in db.Sites on w.SiteId equals s.Id select new { w.Id, w.Title, Site = s.Name, s.Commune };
        var sessions = from x in db.Sessions
                       join w in db.Worksites on x.WorksiteId equals w.Id
                       join s in db.Sites on w.SiteId equals s.Id
                       select new { x.Id, w.Title, Site = s.Name, s.Commune, x.StartDate, x.EndDate };
        var volunteers = db.Volunteers.AsQueryable();
        foreach (var word in words)
        {
            var pattern = $"%{word}%";
            sites = sites.Where(s => EF.Functions.Like(TextFold.Fold(s.Name), pattern) || EF.Functions.Like(TextFold.Fold(s.Commune), pattern));
            worksites = worksites.Where(w => EF.Functions.Like(TextFold.Fold(w.Title), pattern) || EF.Functions.Like(TextFold.Fold(w.Site), pattern) || EF.Functions.Like(TextFold.Fold(w.Commune), pattern));
            sessions = sessions.Where(x => EF.Functions.Like(TextFold.Fold(x.Title), pattern) || EF.Functions.Like(TextFold.Fold(x.Site), pattern) || EF.Functions.Like(TextFold.Fold(x.Commune), pattern));
            var matching = MatchVolunteers.Containing(db, word);
            volunteers = volunteers.Where(v => matching.Contains(v.Id));
        }

        var found = new List<FoundItem>();
        found.AddRange((await sites.OrderBy(s => s.Name).Take(PerKind).Select(s => new { s.Id, s.Name, s.Commune }).ToListAsync(cancellationToken))
            .Select(s => new FoundItem(FoundKind.Site, s.Id, s.Name, s.Commune)));
        found.AddRange((await worksites.OrderBy(w => w.Title).Take(PerKind).ToListAsync(cancellationToken))
            .Select(w => new FoundItem(FoundKind.Worksite, w.Id, w.Title, $"{w.Site}, {w.Commune}")));
        found.AddRange((await sessions.OrderByDescending(x => x.StartDate).Take(PerKind).ToListAsync(cancellationToken))
            .Select(x => new FoundItem(FoundKind.Session, x.Id, x.Title, $"du {x.StartDate:dd/MM/yyyy} au {x.EndDate:dd/MM/yyyy}, {x.Site}")));
        found.AddRange((await volunteers.OrderBy(v => v.LastName).ThenBy(v => v.FirstName).Take(PerKind).Select(v => new { v.Id, v.FirstName, v.LastName, v.Email }).ToListAsync(cancellationToken))
            .Select(v => new FoundItem(FoundKind.Volunteer, v.Id, $"{v.FirstName} {v.LastName}", v.Email)));
        return found;
    }
}
