using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Invoicing;

namespace Rempart.Data.Invoicing;

/// <summary>
/// Takes the next number of a kind and year inside the caller's transaction. The counter row is
/// created if missing, then locked (PostgreSQL: SELECT ... FOR UPDATE; SQLite: the transaction
/// already holds the database's write lock), so two transactions never take the same number, and
/// a number is only spent when the document that carries it is saved in the same transaction.
/// </summary>
internal static class InvoiceCounterLock
{
    /// <summary>Locks the counter; call before reading anything the numbering decision depends on.</summary>
    public static async Task LockAsync(RempartDbContext db, InvoiceKind kind, int year, CancellationToken cancellationToken)
    {
        var key = kind.ToString();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "InvoiceCounters" ("Kind", "Year", "Last") VALUES ({key}, {year}, 0) ON CONFLICT DO NOTHING""", cancellationToken);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlInterpolatedAsync($"""SELECT 1 FROM "InvoiceCounters" WHERE "Kind" = {key} AND "Year" = {year} FOR UPDATE""", cancellationToken);
    }

    /// <summary>The next number, once the counter is locked; saved with the caller's changes.</summary>
    public static async Task<int> NextAsync(RempartDbContext db, InvoiceKind kind, int year, CancellationToken cancellationToken)
    {
        var counter = await db.InvoiceCounters.FirstAsync(c => c.Kind == kind && c.Year == year, cancellationToken);
        return ++counter.Last;
    }

    /// <summary>French invoices are dated in France: the year turns at midnight in Paris.</summary>
    public static int YearOf(DateTime utc) => ParisTime.Of(utc).Year;
}
