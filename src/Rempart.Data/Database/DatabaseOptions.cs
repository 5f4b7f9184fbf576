namespace Rempart.Data.Database;

/// <summary>Bound from the "Database" section; the connection string itself is ConnectionStrings:Rempart.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>How many times start-up retries reaching the database before giving up (a server may still be starting).</summary>
    public int StartupRetries { get; set; } = 10;
}
