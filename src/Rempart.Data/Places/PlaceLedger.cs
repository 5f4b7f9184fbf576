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
    /// The registrations that take a place at <paramref name="now"/>, as a query: the database's side of
    /// <see cref="PlaceRules.TakesAPlace"/>, written once for every count of places.
    /// </summary>
    public static IQueryable<Registration> TakingAPlace(this IQueryable<Registration> registrations, DateTime now) =>
        registrations.Where(r => r.Status == RegistrationStatus.Confirmed || (r.Status == RegistrationStatus.Held && r.HeldUntil > now));

    /// <summary>The session's allocations with the places taken in each, and the places taken in the open pool.</summary>
    public static async Task<(IReadOnlyList<AllocationUse> Allocations, int OpenPoolUsed)> UsesAsync(
        RempartDbContext db, Guid sessionId, DateTime now, Guid? except, CancellationToken cancellationToken)
    {
        var taken = await db.Registrations.TakingAPlace(now)
            .Where(r => r.SessionId == sessionId && r.Id != except)
            .GroupBy(r => r.AllocationId)
            .Select(g => new { AllocationId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var allocations = await db.Allocations.Where(a => a.SessionId == sessionId).Select(a => new { a.Id, a.Size }).ToListAsync(cancellationToken);
        var uses = allocations.Select(a => new AllocationUse(a.Id, a.Size, taken.FirstOrDefault(t => t.AllocationId == a.Id)?.Count ?? 0)).ToList();
        return (uses, taken.FirstOrDefault(t => t.AllocationId == null)?.Count ?? 0);
    }
}
