using Microsoft.Data.Sqlite;

namespace Rempart.Data.Database;

/// <summary>Turns the configured provider, connection string and data folder into the connection string used.</summary>
public static class ConnectionStrings
{
    public const string Name = "Rempart";

    public static string Resolve(DatabaseProvider provider, string? configured, StorageOptions storage) => provider switch
    {
        DatabaseProvider.Sqlite => ResolveSqlite(configured, storage),
        DatabaseProvider.Postgres => string.IsNullOrWhiteSpace(configured)
            ? throw new InvalidOperationException(
                "Database:Provider vaut Postgres mais ConnectionStrings:Rempart est vide : indiquez la chaîne de connexion PostgreSQL.")
            : configured,
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static string ResolveSqlite(string? configured, StorageOptions storage)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={storage.SqliteFile}" : configured);
        // Microsoft.Data.Sqlite retries a busy database until the command timeout: this is our busy timeout.
        if (builder.DefaultTimeout == 30) builder.DefaultTimeout = 15;
        builder.Pooling = true;
        return builder.ToString();
    }
}
