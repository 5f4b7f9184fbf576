using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Rempart.Data.Database;

/// <summary>
/// Applies pending migrations, retrying while the server is unreachable (a PostgreSQL container
/// may start after the app). Runs at start-up and from "Rempart.Web migrate", never from a page.
/// </summary>
public sealed class MigrateDatabase(
    IDbContextFactory<RempartDbContext> contexts, DatabaseSettings settings, ILogger<MigrateDatabase> logger)
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                if (settings.Provider == DatabaseProvider.Sqlite)
                {
                    // WAL lets readers work while one writer writes; the mode is stored in the file.
                    await db.Database.OpenConnectionAsync(cancellationToken);
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }
                var pending = await ReadPendingMigrations.ExecuteAsync(db, cancellationToken);
                // Nothing to apply (every start but the first after an update): Migrate would still take
                // its lock and compare the whole model with the migrations' snapshot, about a second of
                // a two-second start on a small server (measured by StartupTimings).
                if (pending.Count == 0) return;
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Applied {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                return;
            }
            catch (Exception ex) when (attempt < settings.StartupRetries && IsTransient(ex))
            {
                logger.LogWarning(ex, "Database unreachable (attempt {Attempt}/{Max}), retrying", attempt, settings.StartupRetries);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt * 2, 10)), cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception ex) =>
        ex is System.Net.Sockets.SocketException or TimeoutException
        || ex.InnerException is System.Net.Sockets.SocketException
        || ex is Npgsql.NpgsqlException { IsTransient: true };
}
