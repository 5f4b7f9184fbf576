using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Organisations;

namespace Rempart.Data.Organisations;

public sealed record OrganisationRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public OrganisationKind Kind { get; init; }
    public string? Commune { get; init; }
    public string? Departement { get; init; }
    public int Accounts { get; init; }
}

/// <summary>The organisations list, filtered and counted in the database.</summary>
public static class OrganisationRows
{
    public static IQueryable<OrganisationRow> Query(RempartDbContext db, string? search)
    {
        var query = db.Organisations.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            query = query.Where(o => o.Name.ToLower().Contains(term) || (o.Commune != null && o.Commune.ToLower().Contains(term)));
        }
        return query.Select(o => new OrganisationRow
        {
            Id = o.Id, Name = o.Name, Kind = o.Kind, Commune = o.Commune, Departement = o.Departement,
            Accounts = db.Users.Count(u => u.OrganisationId == o.Id),
        });
    }

    public static Task<List<string>> MembersAsync(RempartDbContext db, Guid organisationId, CancellationToken cancellationToken = default) =>
        db.Users.Where(u => u.OrganisationId == organisationId).OrderBy(u => u.DisplayName)
            .Select(u => (u.DisplayName ?? "") + " <" + u.Email + ">").ToListAsync(cancellationToken);
}
