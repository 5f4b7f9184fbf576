using Rempart.Domain.Audit;

namespace Rempart.Data.Accounts;

public sealed record AccountRow
{
    public Guid Id { get; init; }
    public string Email { get; init; } = "";
    public string? DisplayName { get; init; }
    public string? Organisation { get; init; }
    public bool IsActive { get; init; }
    public bool Activated { get; init; }
    public DateTime? LockedUntil { get; init; }
    public DateTime CreatedAt { get; init; }
}

public sealed record AuditRow
{
    public DateTime At { get; init; }
    public AuditEvent Event { get; init; }
    public string? Email { get; init; }
    public string? IpAddress { get; init; }
    public string? Details { get; init; }
}

/// <summary>The administration's lists, as queries the grids page and sort in the database.</summary>
public static class AccountRows
{
    public static IQueryable<AccountRow> Accounts(RempartDbContext db, string? search)
    {
        var query = from u in db.Users
                    join o in db.Organisations on u.OrganisationId equals o.Id into orgs
                    from o in orgs.DefaultIfEmpty()
                    select new AccountRow
                    {
                        Id = u.Id, Email = u.Email ?? "", DisplayName = u.DisplayName, Organisation = o == null ? null : o.Name,
                        IsActive = u.IsActive, Activated = u.PasswordHash != null, LockedUntil = u.LockedUntil, CreatedAt = u.CreatedAt,
                    };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(r => r.Email.ToLower().Contains(term) || (r.DisplayName != null && r.DisplayName.ToLower().Contains(term))
                || (r.Organisation != null && r.Organisation.ToLower().Contains(term)));
        }
        return query;
    }

    public static IQueryable<AuditRow> Audit(RempartDbContext db, string? search)
    {
        var query = db.AuditEntries.Select(a => new AuditRow { At = a.At, Event = a.Event, Email = a.Email, IpAddress = a.IpAddress, Details = a.Details });
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(r => r.Email != null && r.Email.Contains(term));
        }
        return query;
    }
}
