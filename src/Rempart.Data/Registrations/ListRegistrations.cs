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
/// <remarks>A page starts at <paramref name="Skip"/> rows (newest first): background exports read every page.</remarks>
public sealed record RegistrationFilter(IReadOnlyCollection<RegistrationStage> Stages, string? Search = null, Guid? SessionId = null, int Skip = 0);

/// <summary>The lines found, at most <see cref="ListRegistrations.Limit"/>, and how many there are in all.</summary>
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
        var rows = await query.OrderByDescending(x => x.r.CreatedAt).ThenBy(x => x.r.Id).Skip(filter.Skip).Take(Limit)
            .Select(x => new RegistrationRow(x.r.Id, x.v.FirstName + " " + x.v.LastName, x.v.BirthDate, x.w.Title, x.site.Name,
                x.s.StartDate, x.s.EndDate, x.r.Stage, x.r.CreatedAt, x.o.Name))
            .ToListAsync(cancellationToken);
        return new RegistrationPage(rows, total);
    }
}
