using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;

namespace Rempart.Data.Places;

public sealed record HoldOutcome(Registration? Registration, HoldRefusal? Refusal)
{
    public bool Succeeded => Registration is not null;
}

/// <summary>
/// Takes a place of a session for a volunteer, in an allocation or in the open pool: held for
/// Places:HoldMinutes while the registration is completed, or confirmed at once (a manager
/// registering one of their volunteers). Never more places than the allocation's size or the open
/// pool's, even when many people ask for the last place at the same moment (see <see cref="PlaceLedger"/>).
/// </summary>
public sealed class HoldPlace(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, IOptions<PlaceOptions> options, ProgrammeChangeFeed feed)
{
    /// <summary>
    /// Off only in the control run of the concurrency tests, which shows the race the lock prevents:
    /// the same reads and write, without the transaction and the lock.
    /// </summary>
    internal bool Guarded { get; init; } = true;

    public async Task<HoldOutcome> ExecuteAsync(Guid sessionId, Guid volunteerId, Guid? allocationId, Actor actor, bool confirm = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken);
        if (session is null || volunteer is null) return Refused(HoldRefusal.UnknownSession);
        if (session.Status != SessionStatus.Published && !actor.IsStaff) return Refused(HoldRefusal.RegistrationClosed);
        if (!PlaceRules.AgeAllowed(volunteer.BirthDate, session.StartDate, session.MinimumAge, session.MaximumAge)) return Refused(HoldRefusal.AgeOutOfRange);

        var allocation = allocationId is { } id ? await db.Allocations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.SessionId == sessionId, cancellationToken) : null;
        if (allocationId is not null && allocation is null) return Refused(HoldRefusal.NotAllowed);
        var profileIds = allocation?.ProfileId is null ? [] : (await db.UserRoles.Where(r => r.UserId == actor.UserId).Select(r => r.RoleId).ToListAsync(cancellationToken)).ToHashSet();
        var forSelfOrManaged = volunteer.UserId is { } owner
            && (owner == actor.UserId || await db.ManagedAccounts.AnyAsync(m => m.ManagerId == actor.UserId && m.ManagedId == owner, cancellationToken));
        if (!PlaceAccess.MayTake(actor, allocation, forSelfOrManaged, session.OpenPoolForOrganisations, profileIds)) return Refused(HoldRefusal.NotAllowed);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = Guarded ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (Guarded) await PlaceLedger.LockSessionAsync(db, sessionId, cancellationToken);
        var already = await db.Registrations.AnyAsync(r => r.SessionId == sessionId && r.VolunteerId == volunteerId
            && (r.Status == RegistrationStatus.Confirmed || (r.Status == RegistrationStatus.Held && r.HeldUntil > now)), cancellationToken);
        if (already) return Refused(HoldRefusal.AlreadyRegistered);
        var (allocations, openPoolUsed) = await PlaceLedger.UsesAsync(db, sessionId, now, except: null, cancellationToken);
        if (PlaceRules.CanTake(session.Capacity, allocations, openPoolUsed, allocationId) is { } refusal) return Refused(refusal);

        var registration = new Registration
        {
            SessionId = sessionId, VolunteerId = volunteerId, AllocationId = allocationId, RegisteredBy = actor.UserId,
            Status = confirm ? RegistrationStatus.Confirmed : RegistrationStatus.Held,
            HeldUntil = confirm ? null : now.AddMinutes(options.Value.HoldMinutes),
            CreatedAt = now, UpdatedAt = now,
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, sessionId, actor.Name));
        return new HoldOutcome(registration, null);
    }

    private static HoldOutcome Refused(HoldRefusal refusal) => new(null, refusal);
}
