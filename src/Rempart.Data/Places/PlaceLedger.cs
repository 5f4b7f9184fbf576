using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
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
    /// The registrations that take a place at a moment: the database's side of
    /// <see cref="PlaceRules.TakesAPlace"/>, written once for every count of places. The moment is a
    /// parameter, so that the compiled <see cref="ReadAsync"/> can take it as its own.
    /// </summary>
    private static readonly Expression<Func<Registration, DateTime, bool>> TakesAPlace =
        (r, now) => r.Status == RegistrationStatus.Confirmed || (r.Status == RegistrationStatus.Held && r.HeldUntil > now);

    /// <summary>
    /// The same at <paramref name="now"/>, for a query: the moment is read from a field, as a captured
    /// variable would be, so that EF sends it as a parameter and reuses one plan for every moment.
    /// </summary>
    public static Expression<Func<Registration, bool>> TakesAPlaceAt(DateTime now) =>
        Expression.Lambda<Func<Registration, bool>>(
            TakesAPlace.Body.Replace(TakesAPlace.Parameters[1], Expression.Field(Expression.Constant(new Moment(now)), nameof(Moment.Value))),
            TakesAPlace.Parameters[0]);

    private sealed class Moment(DateTime value)
    {
        public readonly DateTime Value = value;
    }

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
        var allocations = new List<AllocationUse>();
        var (openPoolUsed, registered) = (0, false);
        await foreach (var row in Ledger.For(db)(db, sessionId, now, except, volunteerId).WithCancellation(cancellationToken))
        {
            if (row.AllocationId is { } id) allocations.Add(new AllocationUse(id, row.Size, row.Used));
            else (openPoolUsed, registered) = (row.Used, row.Registered);
        }
        return new PlaceLedgerState(allocations, openPoolUsed, registered);
    }

    /// <summary>
    /// One row per allocation, then one for the session itself (the open pool and the volunteer): a
    /// UNION ALL of scalar subqueries, which both databases run as one statement. Compiled once: every
    /// request for a place runs it, and a LINQ query is otherwise taken apart again at each run to
    /// find its parameters, which costs more processor time than the statement itself.
    /// </summary>
    private static readonly CompiledQuery<Func<RempartDbContext, Guid, DateTime, Guid?, Guid?, IAsyncEnumerable<LedgerRow>>> Ledger = new(() => EF.CompileAsyncQuery(
        ExpressionInlining.Inline<Func<RempartDbContext, Guid, DateTime, Guid?, Guid?, IQueryable<LedgerRow>>>(
            (db, sessionId, now, except, volunteerId) => db.Allocations.Where(a => a.SessionId == sessionId)
                .Select(a => new LedgerRow
                {
                    AllocationId = a.Id, Size = a.Size,
                    Used = db.Registrations.Where(r => Takes(r, now)).Count(r => r.SessionId == sessionId && r.AllocationId == a.Id && r.Id != except),
                    Registered = false,
                })
                .Concat(db.Sessions.Where(s => s.Id == sessionId).Select(s => new LedgerRow
                {
                    AllocationId = null, Size = 0,
                    Used = db.Registrations.Where(r => Takes(r, now)).Count(r => r.SessionId == sessionId && r.AllocationId == null && r.Id != except),
                    Registered = volunteerId != null && db.Registrations.Where(r => Takes(r, now)).Any(r => r.SessionId == sessionId && r.VolunteerId == volunteerId),
                })),
            (Func<Registration, DateTime, bool>)Takes, TakesAPlace)));

    /// <summary>Stands for <see cref="TakesAPlace"/> in the compiled query, which puts the rule in its place.</summary>
    private static bool Takes(Registration registration, DateTime now) => throw new InvalidOperationException("Replaced by the rule before the query is compiled.");

    private sealed class LedgerRow
    {
        public Guid? AllocationId { get; init; }
        public int Size { get; init; }
        public int Used { get; init; }
        public bool Registered { get; init; }
    }
}

/// <summary>What <see cref="PlaceLedger.ReadAsync"/> read of a session's places.</summary>
internal sealed record PlaceLedgerState(IReadOnlyList<AllocationUse> Allocations, int OpenPoolUsed, bool AlreadyRegistered);
