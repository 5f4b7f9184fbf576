using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>
/// Puts a volunteer at the end of a full session's waiting list (or a full allocation's): only when
/// there really is no place for them, once, and with the same checks as taking a place.
/// </summary>
public sealed class JoinWaitingList(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <summary>Null when added, else why not, in French.</summary>
    public async Task<string?> ExecuteAsync(Guid sessionId, Guid volunteerId, Guid? allocationId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (session, refused) = await PlaceRequest.CheckAsync(db, sessionId, volunteerId, allocationId, actor, cancellationToken);
        if (refused is not null) return PlaceRules.Describe(refused.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PlaceLedger.LockSessionAsync(db, sessionId, cancellationToken);
        var ledger = await PlaceLedger.ReadAsync(db, sessionId, now, except: null, volunteerId, cancellationToken);
        if (ledger.AlreadyRegistered) return PlaceRules.Describe(HoldRefusal.AlreadyRegistered);
        if (await db.WaitingList.AnyAsync(e => e.SessionId == sessionId && e.VolunteerId == volunteerId
                && (e.Status == WaitingStatus.Waiting || e.Status == WaitingStatus.Offered), cancellationToken))
            return "Ce volontaire est déjà sur la liste d'attente de cette session.";
        if (PlaceRules.CanTake(session!.Capacity, ledger.Allocations, ledger.OpenPoolUsed, allocationId) is null)
            return "Il reste des places : inscrivez directement le volontaire.";
        var last = await db.WaitingList.Where(e => e.SessionId == sessionId && e.AllocationId == allocationId).MaxAsync(e => (int?)e.Position, cancellationToken) ?? 0;
        db.WaitingList.Add(new WaitingListEntry
        {
            SessionId = sessionId, AllocationId = allocationId, VolunteerId = volunteerId, Position = last + 1, Status = WaitingStatus.Waiting, JoinedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
