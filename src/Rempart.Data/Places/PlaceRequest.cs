using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;

namespace Rempart.Data.Places;

/// <summary>
/// The checks every request for a place goes through before counting places, whether it takes one
/// (<see cref="HoldPlace"/>) or waits for one (<see cref="JoinWaitingList"/>): the session is open,
/// the volunteer's age fits on the first day, and the actor may use these places.
/// </summary>
internal static class PlaceRequest
{
    public static async Task<(Session? Session, HoldRefusal? Refusal)> CheckAsync(
        RempartDbContext db, Guid sessionId, Guid volunteerId, Guid? allocationId, Actor actor, CancellationToken cancellationToken)
    {
        // The session and the volunteer in one round trip: many people asking at once queue on the database.
        var found = await (from s in db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
                           from v in db.Volunteers.AsNoTracking().Where(v => v.Id == volunteerId).DefaultIfEmpty()
                           select new { Session = s, Volunteer = v }).FirstOrDefaultAsync(cancellationToken);
        var (session, volunteer) = (found?.Session, found?.Volunteer);
        if (session is null || volunteer is null) return (null, HoldRefusal.UnknownSession);
        if (session.Status != SessionStatus.Published && !actor.IsStaff) return (session, HoldRefusal.RegistrationClosed);
        if (!PlaceRules.AgeAllowed(volunteer.BirthDate, session.StartDate, session.MinimumAge, session.MaximumAge)) return (session, HoldRefusal.AgeOutOfRange);

        var allocation = allocationId is { } id ? await db.Allocations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.SessionId == sessionId, cancellationToken) : null;
        if (allocationId is not null && allocation is null) return (session, HoldRefusal.NotAllowed);
        var profileIds = allocation?.ProfileId is null ? [] : (await db.UserRoles.Where(r => r.UserId == actor.UserId).Select(r => r.RoleId).ToListAsync(cancellationToken)).ToHashSet();
        var managed = volunteer.UserId is { } owner
            ? await db.ManagedAccounts.Where(m => m.ManagerId == actor.UserId && m.ManagedId == owner).Select(m => m.ManagedId).ToListAsync(cancellationToken)
            : [];
        var forSelfOrManaged = volunteer.UserId is { } person && ManagedAccounts.MayActFor(actor, person, managed.ToHashSet());
        return PlaceAccess.MayTake(actor, allocation, forSelfOrManaged, session.OpenPoolForOrganisations, profileIds)
            ? (session, null)
            : (session, HoldRefusal.NotAllowed);
    }
}
