using Microsoft.EntityFrameworkCore;
using Rempart.Data.Search;
using Rempart.Data.Volunteers;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.Registrations;

/// <summary>One line of a review list.</summary>
public sealed record RegistrationRow(
    Guid Id, string VolunteerName, DateOnly BirthDate, string Worksite, string Site, DateOnly Start, DateOnly End,
    RegistrationStage Stage, DateTime CreatedAt, string Association)
{
    public int AgeAtStart => Age.On(BirthDate, Start);
}

/// <summary>What the list shows: some stages (all when empty), a text in the names, a session.</summary>
/// <remarks>
/// A page starts at <paramref name="Skip"/> rows and holds at most <paramref name="Take"/> (up to
/// <see cref="ListRegistrations.Limit"/>): the grid asks for the page it shows, background exports
/// read every page. Newest first, unless sorted by one of <see cref="RegistrationSort.Columns"/>.
/// </remarks>
public sealed record RegistrationFilter(
    IReadOnlyCollection<RegistrationStage> Stages, string? Search = null, Guid? SessionId = null, int Skip = 0, int Take = ListRegistrations.Limit,
    RegistrationSort? Sort = null);

/// <summary>
/// A column of <see cref="RegistrationRow"/> to sort by (its property's name), and which way. Not the
/// stage: it is stored as its name, whose alphabetical order means nothing; the stage filter serves.
/// </summary>
public sealed record RegistrationSort(string Column, bool Descending)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        nameof(RegistrationRow.VolunteerName), nameof(RegistrationRow.AgeAtStart), nameof(RegistrationRow.Worksite),
        nameof(RegistrationRow.Association), nameof(RegistrationRow.CreatedAt),
    ];
}

/// <summary>The lines found, at most the page asked for, and how many there are in all.</summary>
public sealed record RegistrationPage(IReadOnlyList<RegistrationRow> Rows, int Total);

/// <summary>
/// The registrations to review: every one for the union's staff, those of its own worksites for an
/// association's manager, none for anyone else. The scope is part of the query.
/// </summary>
public sealed class ListRegistrations(IDbContextFactory<RempartDbContext> contexts)
{
    public const int Limit = 500;

    public async Task<RegistrationPage> ExecuteAsync(RegistrationFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        Guid? organisation = null;
        if (!actor.IsStaff)
        {
            organisation = actor.Profiles.Contains(ProfileKind.AssociationManager) ? actor.OrganisationId : null;
            if (organisation is null) return new RegistrationPage([], 0);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (filter.Sort is null or { Column: nameof(RegistrationRow.CreatedAt) })
            return await ByDateAsync(db, filter, organisation, cancellationToken);

        var query = Lines(db);
        if (organisation is not null) query = query.Where(x => x.Worksite.AssociationId == organisation);
        if (filter.Stages.Count > 0) query = query.Where(x => filter.Stages.Contains(x.Registration.Stage));
        if (filter.SessionId is { } sessionId) query = query.Where(x => x.Session.Id == sessionId);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var (volunteers, sessions) = Matching(db, filter.Search);
            query = query.Where(x => volunteers.Contains(x.Registration.VolunteerId) || sessions.Contains(x.Registration.SessionId));
        }
        var total = await query.CountAsync(cancellationToken);
        var descending = filter.Sort?.Descending ?? true;
        // The volunteer's age at the session's start goes up as their birth date goes down; the id
        // settles ties, so that pages never overlap or skip a line.
        var sorted = (filter.Sort?.Column ?? nameof(RegistrationRow.CreatedAt)) switch
        {
            nameof(RegistrationRow.VolunteerName) => descending
                ? query.OrderByDescending(x => x.Volunteer.FirstName).ThenByDescending(x => x.Volunteer.LastName) : query.OrderBy(x => x.Volunteer.FirstName).ThenBy(x => x.Volunteer.LastName),
            nameof(RegistrationRow.AgeAtStart) => descending ? query.OrderBy(x => x.Volunteer.BirthDate) : query.OrderByDescending(x => x.Volunteer.BirthDate),
            nameof(RegistrationRow.Worksite) => descending
                ? query.OrderByDescending(x => x.Worksite.Title).ThenByDescending(x => x.Session.StartDate) : query.OrderBy(x => x.Worksite.Title).ThenBy(x => x.Session.StartDate),
            nameof(RegistrationRow.Association) => descending ? query.OrderByDescending(x => x.Organisation.Name) : query.OrderBy(x => x.Organisation.Name),
            _ => descending ? query.OrderByDescending(x => x.Registration.CreatedAt) : query.OrderBy(x => x.Registration.CreatedAt),
        };
        var rows = await Rows(sorted.ThenBy(x => x.Registration.Id).Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, Limit))).ToListAsync(cancellationToken);
        return new RegistrationPage(rows, total);
    }

    /// <summary>
    /// The grid's usual view (by date): the registrations alone are counted and paged, on the
    /// (Stage, CreatedAt) index or on the few a search found, and only the lines shown are joined to
    /// their volunteer, session, worksite, site and association. Joining the 100,000 rows of a
    /// federation first, to count them and keep 25, cost the database ten times as much.
    /// </summary>
    private static async Task<RegistrationPage> ByDateAsync(RempartDbContext db, RegistrationFilter filter, Guid? organisation, CancellationToken cancellationToken)
    {
        var registrations = db.Registrations.AsQueryable();
        if (organisation is not null)
            registrations = registrations.Where(r => db.Sessions.Any(s => s.Id == r.SessionId && db.Worksites.Any(w => w.Id == s.WorksiteId && w.AssociationId == organisation)));
        if (filter.Stages.Count > 0) registrations = registrations.Where(r => filter.Stages.Contains(r.Stage));
        if (filter.SessionId is { } sessionId) registrations = registrations.Where(r => r.SessionId == sessionId);
        var searching = !string.IsNullOrWhiteSpace(filter.Search);
        if (searching)
        {
            var (volunteers, sessions) = Matching(db, filter.Search!);
            registrations = registrations.Where(r => volunteers.Contains(r.VolunteerId) || sessions.Contains(r.SessionId));
        }
        var ordered = filter.Sort?.Descending ?? true
            ? registrations.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
            : registrations.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id);
        var (skip, take) = (Math.Max(0, filter.Skip), Math.Clamp(filter.Take, 1, Limit));
        int total;
        List<Guid> ids;
        if (searching)
        {
            // A search finds a few thousand lines at most: their ids, read once in order, give the
            // total and the page, where a count and a page would each run the search again.
            var found = await ordered.Select(r => r.Id).ToListAsync(cancellationToken);
            (total, ids) = (found.Count, found.Skip(skip).Take(take).ToList());
        }
        else
        {
            total = await registrations.CountAsync(cancellationToken);
            ids = await ordered.Skip(skip).Take(take).Select(r => r.Id).ToListAsync(cancellationToken);
        }
        var lines = (await Rows(Lines(db).Where(x => ids.Contains(x.Registration.Id))).ToListAsync(cancellationToken)).ToDictionary(r => r.Id);
        return new RegistrationPage(ids.Where(lines.ContainsKey).Select(id => lines[id]).ToList(), total);
    }

    /// <summary>
    /// What a search finds, as two lists of ids a registration's own columns are looked up in: its
    /// volunteers (by name or address, through their trigram index) and the sessions of the worksites
    /// whose title holds the text, accents aside (a few hundred worksites: read whole).
    /// </summary>
    private static (IQueryable<Guid> Volunteers, IQueryable<Guid> Sessions) Matching(RempartDbContext db, string search)
    {
        var like = $"%{TextFold.Plain(search.Trim())}%";
        var sessions = db.Sessions.Where(s => db.Worksites.Any(w => w.Id == s.WorksiteId && EF.Functions.Like(TextFold.Fold(w.Title), like))).Select(s => s.Id);
        return (MatchVolunteers.Containing(db, search), sessions);
    }

    private static IQueryable<Line> Lines(RempartDbContext db) =>
        from r in db.Registrations
        join v in db.Volunteers on r.VolunteerId equals v.Id
        join s in db.Sessions on r.SessionId equals s.Id
        join w in db.Worksites on s.WorksiteId equals w.Id
        join site in db.Sites on w.SiteId equals site.Id
        join o in db.Organisations on w.AssociationId equals o.Id
        select new Line { Registration = r, Volunteer = v, Session = s, Worksite = w, Site = site, Organisation = o };

    private static IQueryable<RegistrationRow> Rows(IQueryable<Line> lines) =>
        lines.Select(x => new RegistrationRow(x.Registration.Id, x.Volunteer.FirstName + " " + x.Volunteer.LastName, x.Volunteer.BirthDate, x.Worksite.Title, x.Site.Name,
            x.Session.StartDate, x.Session.EndDate, x.Registration.Stage, x.Registration.CreatedAt, x.Organisation.Name));

    /// <summary>A registration with everything its line shows (initialised members: EF translates what is read of them).</summary>
    private sealed class Line
    {
        public required Registration Registration { get; init; }
        public required Volunteer Volunteer { get; init; }
        public required Session Session { get; init; }
        public required Worksite Worksite { get; init; }
        public required Site Site { get; init; }
        public required Organisation Organisation { get; init; }
    }
}
