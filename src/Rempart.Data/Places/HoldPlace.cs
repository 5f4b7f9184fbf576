using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

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
        // One connection for the checks and the transaction: taking it from the pool twice would reset it twice.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var (session, refused) = await PlaceRequest.CheckAsync(db, sessionId, volunteerId, allocationId, actor, cancellationToken);
        if (refused is not null) return Refused(refused.Value);

        var now = clock.GetUtcNow().UtcDateTime;
        // Nothing here goes on after a failed save, so EF's savepoint around it would only add two round
        // trips while the session is locked, and every other request for its places waits on them.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = Guarded ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (Guarded) await PlaceLedger.LockSessionAsync(db, sessionId, cancellationToken);
        var ledger = await PlaceLedger.ReadAsync(db, sessionId, now, except: null, volunteerId, cancellationToken);
        if (ledger.AlreadyRegistered) return Refused(HoldRefusal.AlreadyRegistered);
        if (PlaceRules.CanTake(session!.Capacity, ledger.Allocations, ledger.OpenPoolUsed, allocationId) is { } refusal) return Refused(refusal);

        var registration = new Registration { SessionId = sessionId, VolunteerId = volunteerId, AllocationId = allocationId, RegisteredBy = actor.UserId };
        // Registering someone straight into places one holds is accepting them; a hold is a request
        // with a place kept for a time.
        db.RegistrationHistory.Add(confirm
            ? registration.Begin(RegistrationStage.Accepted, RegistrationStatus.Confirmed, now, actor.Name, actor.UserId)
            : registration.Begin(RegistrationStage.PreRegistered, RegistrationStatus.Held, now, actor.Name, actor.UserId, now.AddMinutes(options.Value.HoldMinutes)));
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, sessionId, actor.Name));
        return new HoldOutcome(registration, null);
    }

    private static HoldOutcome Refused(HoldRefusal refusal) => new(null, refusal);
}
