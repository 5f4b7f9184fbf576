using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Rempart.Data.Database;

/// <summary>
/// The migrations this build knows that the database has not applied, read with one plain query of
/// EF's history table. EF's own <c>GetPendingMigrationsAsync</c> first builds a model of that table
/// with its conventions, about a tenth of a second of every start and of the first health check,
/// for the answer this query gives. The table's name and column are EF's defaults, the same on both
/// providers; a database without the table yet (the first start) has every migration pending.
/// </summary>
public static class ReadPendingMigrations
{
    public static async Task<IReadOnlyList<string>> ExecuteAsync(RempartDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = new HashSet<string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) applied.Add(reader.GetString(0));
        }
        catch (DbException ex) when (IsMissingTable(ex))
        {
            return known;
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
        return known.Where(id => !applied.Contains(id)).ToList();
    }

    /// <summary>The history table is not there yet; any other failure is a real one, and goes on up.</summary>
    private static bool IsMissingTable(DbException ex) => ex switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.Message.Contains("no such table", StringComparison.Ordinal),
        _ => false,
    };
}
