using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from r in db.Registrations
                    join v in db.Volunteers on r.VolunteerId equals v.Id
                    join s in db.Sessions on r.SessionId equals s.Id
                    join w in db.Worksites on s.WorksiteId equals w.Id
                    join site in db.Sites on w.SiteId equals site.Id
                    join o in db.Organisations on w.AssociationId equals o.Id
                    select new { r, v, s, w, site, o };
        if (!actor.IsStaff)
        {
            var organisation = actor.Profiles.Contains(ProfileKind.AssociationManager) ? actor.OrganisationId : null;
            if (organisation is null) return new RegistrationPage([], 0);
            query = query.Where(x => x.w.AssociationId == organisation);
        }
        if (filter.Stages.Count > 0) query = query.Where(x => filter.Stages.Contains(x.r.Stage));
        if (filter.SessionId is { } sessionId) query = query.Where(x => x.s.Id == sessionId);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = $"%{filter.Search.Trim().ToLower()}%";
            query = query.Where(x => EF.Functions.Like((x.v.FirstName + " " + x.v.LastName).ToLower(), text)
                || EF.Functions.Like(x.v.Email.ToLower(), text) || EF.Functions.Like(x.w.Title.ToLower(), text));
        }
        var total = await query.CountAsync(cancellationToken);
        var descending = filter.Sort?.Descending ?? true;
        // The volunteer's age at the session's start goes up as their birth date goes down; the id
        // settles ties, so that pages never overlap or skip a line.
        var sorted = (filter.Sort?.Column ?? nameof(RegistrationRow.CreatedAt)) switch
        {
            nameof(RegistrationRow.VolunteerName) => descending
                ? query.OrderByDescending(x => x.v.FirstName).ThenByDescending(x => x.v.LastName) : query.OrderBy(x => x.v.FirstName).ThenBy(x => x.v.LastName),
            nameof(RegistrationRow.AgeAtStart) => descending ? query.OrderBy(x => x.v.BirthDate) : query.OrderByDescending(x => x.v.BirthDate),
            nameof(RegistrationRow.Worksite) => descending
                ? query.OrderByDescending(x => x.w.Title).ThenByDescending(x => x.s.StartDate) : query.OrderBy(x => x.w.Title).ThenBy(x => x.s.StartDate),
            nameof(RegistrationRow.Association) => descending ? query.OrderByDescending(x => x.o.Name) : query.OrderBy(x => x.o.Name),
            _ => descending ? query.OrderByDescending(x => x.r.CreatedAt) : query.OrderBy(x => x.r.CreatedAt),
        };
        var rows = await sorted.ThenBy(x => x.r.Id).Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, Limit))
            .Select(x => new RegistrationRow(x.r.Id, x.v.FirstName + " " + x.v.LastName, x.v.BirthDate, x.w.Title, x.site.Name,
                x.s.StartDate, x.s.EndDate, x.r.Stage, x.r.CreatedAt, x.o.Name))
            .ToListAsync(cancellationToken);
        return new RegistrationPage(rows, total);
    }
}
