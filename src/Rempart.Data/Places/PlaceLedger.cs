using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>
/// Reads a session's places inside the transaction that will take one, after locking the session:
/// on PostgreSQL a row lock (SELECT ... FOR UPDATE) queues every writer of the same session; on
/// SQLite the transaction itself starts with the database's write lock (BEGIN IMMEDIATE). Either
/// way, two registrations for one session are decided one after the other, never side by side.
/// </summary>
internal static class PlaceLedger
{
    public static async Task LockSessionAsync(RempartDbContext db, Guid sessionId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlInterpolatedAsync($"""SELECT 1 FROM "Sessions" WHERE "Id" = {sessionId} FOR UPDATE""", cancellationToken);
    }

    /// <summary>
    /// The registrations that take a place at <paramref name="now"/>: the database's side of
    /// <see cref="PlaceRules.TakesAPlace"/>, written once for every count of places. An expression,
    /// so that it can also filter the subqueries of <see cref="ReadAsync"/>.
    /// </summary>
    public static Expression<Func<Registration, bool>> TakesAPlaceAt(DateTime now) =>
        r => r.Status == RegistrationStatus.Confirmed || (r.Status == RegistrationStatus.Held && r.HeldUntil > now);

    /// <summary>The same, as a filter of a query.</summary>
    public static IQueryable<Registration> TakingAPlace(this IQueryable<Registration> registrations, DateTime now) =>
        registrations.Where(TakesAPlaceAt(now));

    /// <summary>The session's allocations with the places taken in each, and the places taken in the open pool.</summary>
    public static async Task<(IReadOnlyList<AllocationUse> Allocations, int OpenPoolUsed)> UsesAsync(
        RempartDbContext db, Guid sessionId, DateTime now, Guid? except, CancellationToken cancellationToken)
    {
        var ledger = await ReadAsync(db, sessionId, now, except, volunteerId: null, cancellationToken);
        return (ledger.Allocations, ledger.OpenPoolUsed);
    }

    /// <summary>
    /// In one round trip to the database (this runs while the session is locked, so every round
    /// trip queues every other registration for it): the places taken in each allocation and in
    /// the open pool, leaving out <paramref name="except"/>, and whether <paramref name="volunteerId"/>
    /// already takes a place in the session.
    /// </summary>
    public static async Task<PlaceLedgerState> ReadAsync(
        RempartDbContext db, Guid sessionId, DateTime now, Guid? except, Guid? volunteerId, CancellationToken cancellationToken)
    {
        var takes = TakesAPlaceAt(now);
        // One row per allocation, then one for the session itself (the open pool and the volunteer):
        // a UNION ALL of scalar subqueries, which both databases run as one statement.
        var rows = await db.Allocations.Where(a => a.SessionId == sessionId)
            .Select(a => new
            {
                AllocationId = (Guid?)a.Id, a.Size,
                Used = db.Registrations.Where(takes).Count(r => r.SessionId == sessionId && r.AllocationId == a.Id && r.Id != except),
                Registered = false,
            })
            .Concat(db.Sessions.Where(s => s.Id == sessionId).Select(s => new
            {
                AllocationId = (Guid?)null, Size = 0,
                Used = db.Registrations.Where(takes).Count(r => r.SessionId == sessionId && r.AllocationId == null && r.Id != except),
                Registered = volunteerId != null && db.Registrations.Where(takes).Any(r => r.SessionId == sessionId && r.VolunteerId == volunteerId),
            }))
            .ToListAsync(cancellationToken);
        var session = rows.FirstOrDefault(r => r.AllocationId is null);
        return new PlaceLedgerState(
            rows.Where(r => r.AllocationId is not null).Select(r => new AllocationUse(r.AllocationId!.Value, r.Size, r.Used)).ToList(),
            session?.Used ?? 0, session?.Registered ?? false);
    }
}

/// <summary>What <see cref="PlaceLedger.ReadAsync"/> read of a session's places.</summary>
internal sealed record PlaceLedgerState(IReadOnlyList<AllocationUse> Allocations, int OpenPoolUsed, bool AlreadyRegistered);
