using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

public sealed record OrganisationAllocation(Guid AllocationId, Guid SessionId, string Worksite, DateOnly Start, DateOnly End, int Size, int Used, DateOnly? ReleaseDate, bool Released)
{
    public int Free => Math.Max(0, Size - Used);

    public DateTime CalendarStart => Start.ToDateTime(TimeOnly.MinValue);

    public DateTime CalendarEnd => End.ToDateTime(TimeOnly.MinValue).AddDays(1);
}

public sealed record OrganisationRegistration(Guid Id, string Volunteer, string Worksite, DateOnly Start, RegistrationStatus Status, DateTime? HeldUntil, DateTime CreatedAt);

public sealed record OrganisationPlacesView(IReadOnlyList<OrganisationAllocation> Allocations, IReadOnlyList<OrganisationRegistration> Registrations);

/// <summary>
/// What an association or a partner sees of places: its own allocations in sessions not yet over,
/// and the volunteers registered in them. Only its own: the organisation comes from the actor.
/// </summary>
public sealed class GetOrganisationPlaces(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<OrganisationPlacesView> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.OrganisationId is not { } organisation) return new OrganisationPlacesView([], []);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taking = db.Registrations.TakingAPlace(now);
        var allocations = await (from a in db.Allocations
                                 join s in db.Sessions on a.SessionId equals s.Id
                                 join w in db.Worksites on s.WorksiteId equals w.Id
                                 where a.OrganisationId == organisation && s.EndDate >= today
                                 orderby s.StartDate, w.Title
                                 select new
                                 {
                                     a.Id, a.SessionId, w.Title, s.StartDate, s.EndDate, a.Size, a.ReleaseDate, a.ReleasedAt,
                                     Used = taking.Count(r => r.AllocationId == a.Id),
                                 }).ToListAsync(cancellationToken);
        var ids = allocations.Select(a => a.Id).ToList();
        var registrations = await (from r in db.Registrations
                                   join v in db.Volunteers on r.VolunteerId equals v.Id
                                   join s in db.Sessions on r.SessionId equals s.Id
                                   join w in db.Worksites on s.WorksiteId equals w.Id
                                   where r.AllocationId != null && ids.Contains(r.AllocationId.Value)
                                   orderby s.StartDate, v.LastName, v.FirstName
                                   select new OrganisationRegistration(r.Id, v.FirstName + " " + v.LastName, w.Title, s.StartDate, r.Status, r.HeldUntil, r.CreatedAt))
            .ToListAsync(cancellationToken);
        return new OrganisationPlacesView(
            allocations.Select(a => new OrganisationAllocation(a.Id, a.SessionId, a.Title, a.StartDate, a.EndDate, a.Size, a.Used, a.ReleaseDate, a.ReleasedAt != null)).ToList(),
            registrations);
    }
}
