using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Places;

/// <summary>
/// Turns a held place into a confirmed one. A hold that ran out is confirmed only if its place is
/// still free, decided under the same lock as a new hold: a late confirmation never overbooks.
/// Confirming twice is harmless.
/// </summary>
public sealed class ConfirmRegistration(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <summary>Null when confirmed, else why not.</summary>
    public async Task<HoldRefusal?> ExecuteAsync(Guid registrationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessionId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => (Guid?)r.SessionId).FirstOrDefaultAsync(cancellationToken);
        if (sessionId is null) return HoldRefusal.UnknownSession;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PlaceLedger.LockSessionAsync(db, sessionId.Value, cancellationToken);
        var registration = await db.Registrations.FirstAsync(r => r.Id == registrationId, cancellationToken);
        if (registration.Status == RegistrationStatus.Confirmed) return null;
        if (registration.Status == RegistrationStatus.Cancelled) return HoldRefusal.NotAllowed;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!registration.TakesAPlace(now))
        {
            var capacity = await db.Sessions.Where(s => s.Id == registration.SessionId).Select(s => s.Capacity).FirstAsync(cancellationToken);
            var (allocations, openPoolUsed) = await PlaceLedger.UsesAsync(db, registration.SessionId, now, registration.Id, cancellationToken);
            if (PlaceRules.CanTake(capacity, allocations, openPoolUsed, registration.AllocationId) is { } refusal) return refusal;
        }
        db.RegistrationHistory.Add(RegistrationLifecycle.KeepAPlace.Contains(registration.Stage)
            ? registration.Enter(registration.Stage, RegistrationStatus.Confirmed, now, "Rempart", null)
            : registration.Enter(RegistrationStage.Accepted, RegistrationStatus.Confirmed, now, "Rempart", null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
