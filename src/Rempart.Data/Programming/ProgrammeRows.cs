using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

public sealed record SiteRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Commune { get; init; } = "";
    public string? Departement { get; init; }
    public string? Region { get; init; }
    public string Country { get; init; } = "";
    public HeritageStatus HeritageStatus { get; init; }
    public string Association { get; init; } = "";
}

public sealed record WorksiteRow
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string Site { get; init; } = "";
    public string Commune { get; init; } = "";
    public string Association { get; init; } = "";
    public Guid AssociationId { get; init; }
    public Audience Audience { get; init; }
    public WorksiteStatus Status { get; init; }
    public string? Techniques { get; init; }
}

public sealed record SessionRow
{
    public Guid Id { get; init; }
    public Guid WorksiteId { get; init; }
    public string Worksite { get; init; } = "";
    public string Commune { get; init; } = "";
    public string Association { get; init; } = "";
    public Guid AssociationId { get; init; }
    public string? Region { get; init; }
    public string? Techniques { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public int Capacity { get; init; }

    /// <summary>Confirmed registrations (holds come and go; the session page shows them live).</summary>
    public int Confirmed { get; init; }
    public int MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public SessionStatus Status { get; init; }
}

public sealed record LeaderRow
{
    public Guid Id { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string? Email { get; init; }
    public string? Phone { get; init; }
}

// Rows are set through initializers, not constructors: EF can only filter and sort a projection
// it can see into, and the grids filter and sort after projecting.

/// <summary>
/// The rows of the programme's lists, as queries the grids page, sort and filter in the database.
/// An association manager sees only their association's worksites and sessions.
/// </summary>
public static class ProgrammeRows
{
    public static IQueryable<SiteRow> Sites(RempartDbContext db, string? search)
    {
        var query = from s in db.Sites
                    join o in db.Organisations on s.AssociationId equals o.Id
                    select new SiteRow { Id = s.Id, Name = s.Name, Commune = s.Commune, Departement = s.Departement, Region = s.Region, Country = s.Country, HeritageStatus = s.HeritageStatus, Association = o.Name };
        if (Term(search) is { } term)
            query = query.Where(r => r.Name.ToLower().Contains(term) || r.Commune.ToLower().Contains(term)
                || (r.Departement != null && r.Departement.ToLower().Contains(term)) || r.Association.ToLower().Contains(term));
        return query;
    }

    public static IQueryable<WorksiteRow> Worksites(RempartDbContext db, Actor actor, string? search)
    {
        var query = from w in db.Worksites
                    join s in db.Sites on w.SiteId equals s.Id
                    join o in db.Organisations on w.AssociationId equals o.Id
                    select new WorksiteRow { Id = w.Id, Title = w.Title, Site = s.Name, Commune = s.Commune, Association = o.Name, AssociationId = w.AssociationId, Audience = w.Audience, Status = w.Status, Techniques = w.Techniques };
        if (!actor.IsStaff) query = query.Where(r => r.AssociationId == actor.OrganisationId);
        if (Term(search) is { } term)
            query = query.Where(r => r.Title.ToLower().Contains(term) || r.Site.ToLower().Contains(term)
                || r.Commune.ToLower().Contains(term) || r.Association.ToLower().Contains(term)
                || (r.Techniques != null && r.Techniques.ToLower().Contains(term)));
        return query;
    }

    public static IQueryable<SessionRow> Sessions(RempartDbContext db, Actor actor, string? search, Guid? worksiteId = null)
    {
        var query = from x in db.Sessions
                    join w in db.Worksites on x.WorksiteId equals w.Id
                    join s in db.Sites on w.SiteId equals s.Id
                    join o in db.Organisations on w.AssociationId equals o.Id
                    where actor.IsStaff || w.AssociationId == actor.OrganisationId
                    select new SessionRow { Id = x.Id, WorksiteId = w.Id, Worksite = w.Title, Commune = s.Commune, Association = o.Name, AssociationId = o.Id, Region = s.Region, Techniques = w.Techniques, StartDate = x.StartDate, EndDate = x.EndDate, Capacity = x.Capacity, MinimumAge = x.MinimumAge, MaximumAge = x.MaximumAge, Status = x.Status,
                        Confirmed = db.Registrations.Count(r => r.SessionId == x.Id && r.Status == RegistrationStatus.Confirmed) };
        if (worksiteId is { } id) query = query.Where(r => r.WorksiteId == id);
        if (Term(search) is { } term)
            query = query.Where(r => r.Worksite.ToLower().Contains(term) || r.Commune.ToLower().Contains(term) || r.Association.ToLower().Contains(term));
        return query;
    }

    public static IQueryable<LeaderRow> Leaders(RempartDbContext db, string? search)
    {
        var query = db.Leaders.Select(l => new LeaderRow { Id = l.Id, FirstName = l.FirstName, LastName = l.LastName, Email = l.Email, Phone = l.Phone });
        if (Term(search) is { } term)
            query = query.Where(r => r.FirstName.ToLower().Contains(term) || r.LastName.ToLower().Contains(term)
                || (r.Email != null && r.Email.ToLower().Contains(term)));
        return query;
    }

    public static IQueryable<Organisation> Associations(RempartDbContext db) =>
        db.Organisations.Where(o => o.Kind == OrganisationKind.MemberAssociation);

    private static string? Term(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();
}
