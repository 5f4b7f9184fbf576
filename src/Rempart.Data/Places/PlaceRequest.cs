using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
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
    public static async Task<(RequestedSession? Session, HoldRefusal? Refusal)> CheckAsync(
        RempartDbContext db, Guid sessionId, Guid volunteerId, Guid? allocationId, Actor actor, CancellationToken cancellationToken)
    {
        var found = await SessionAndVolunteer.For(db)(db, sessionId, volunteerId);
        if (found?.Session is not { } session || found.Volunteer is not { } volunteer) return (null, HoldRefusal.UnknownSession);
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

    /// <summary>
    /// The session and the volunteer in one round trip (many people asking at once queue on the
    /// database), only what the checks read. Compiled once: every request for a place runs it.
    /// </summary>
    private static readonly CompiledQuery<Func<RempartDbContext, Guid, Guid, Task<Found?>>> SessionAndVolunteer = new(() => EF.CompileAsyncQuery(
        (RempartDbContext db, Guid sessionId, Guid volunteerId) =>
            (from s in db.Sessions.Where(s => s.Id == sessionId)
             from v in db.Volunteers.Where(v => v.Id == volunteerId).DefaultIfEmpty()
             select new Found
             {
                 Session = new RequestedSession(s.Status, s.StartDate, s.MinimumAge, s.MaximumAge, s.Capacity, s.OpenPoolForOrganisations),
                 Volunteer = v == null ? null : new RequestedVolunteer(v.BirthDate, v.UserId),
             }).FirstOrDefault()));

    private sealed class Found
    {
        public RequestedSession? Session { get; init; }
        public RequestedVolunteer? Volunteer { get; init; }
    }

    private sealed record RequestedVolunteer(DateOnly BirthDate, Guid? UserId);
}

/// <summary>What the checks, and then the count of places, need of the session asked for.</summary>
internal sealed record RequestedSession(SessionStatus Status, DateOnly StartDate, int MinimumAge, int? MaximumAge, int Capacity, bool OpenPoolForOrganisations);
