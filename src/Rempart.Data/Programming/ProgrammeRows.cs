using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

public sealed record SiteRow(Guid Id, string Name, string Commune, string? Departement, string? Region, string Country, HeritageStatus HeritageStatus, string Association);

public sealed record WorksiteRow(Guid Id, string Title, string Site, string Commune, string Association, Guid AssociationId, Audience Audience, WorksiteStatus Status, string? Techniques);

public sealed record SessionRow(Guid Id, Guid WorksiteId, string Worksite, string Commune, string Association, DateOnly StartDate, DateOnly EndDate, int Capacity, int MinimumAge, int? MaximumAge, SessionStatus Status);

public sealed record LeaderRow(Guid Id, string FirstName, string LastName, string? Email, string? Phone);

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
                    select new SiteRow(s.Id, s.Name, s.Commune, s.Departement, s.Region, s.Country, s.HeritageStatus, o.Name);
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
                    select new WorksiteRow(w.Id, w.Title, s.Name, s.Commune, o.Name, w.AssociationId, w.Audience, w.Status, w.Techniques);
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
                    select new SessionRow(x.Id, w.Id, w.Title, s.Commune, o.Name, x.StartDate, x.EndDate, x.Capacity, x.MinimumAge, x.MaximumAge, x.Status);
        if (worksiteId is { } id) query = query.Where(r => r.WorksiteId == id);
        if (Term(search) is { } term)
            query = query.Where(r => r.Worksite.ToLower().Contains(term) || r.Commune.ToLower().Contains(term) || r.Association.ToLower().Contains(term));
        return query;
    }

    public static IQueryable<LeaderRow> Leaders(RempartDbContext db, string? search)
    {
        var query = db.Leaders.Select(l => new LeaderRow(l.Id, l.FirstName, l.LastName, l.Email, l.Phone));
        if (Term(search) is { } term)
            query = query.Where(r => r.FirstName.ToLower().Contains(term) || r.LastName.ToLower().Contains(term)
                || (r.Email != null && r.Email.ToLower().Contains(term)));
        return query;
    }

    public static IQueryable<Organisation> Associations(RempartDbContext db) =>
        db.Organisations.Where(o => o.Kind == OrganisationKind.MemberAssociation);

    private static string? Term(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();
}
