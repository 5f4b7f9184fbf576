using Microsoft.EntityFrameworkCore;

namespace Rempart.Data.Registrations;

/// <summary>
/// Queues the writers of one registration's order and payments inside their transactions: on
/// PostgreSQL a row lock on the registration; on SQLite the transaction already starts with the
/// database's write lock (BEGIN IMMEDIATE). Two tabs placing an order, a webhook and a return page
/// applying the same payment: one waits for the other, then sees what it did.
/// </summary>
internal static class RegistrationLock
{
    public static async Task LockAsync(RempartDbContext db, Guid registrationId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlInterpolatedAsync($"""SELECT 1 FROM "Registrations" WHERE "Id" = {registrationId} FOR UPDATE""", cancellationToken);
    }
}
