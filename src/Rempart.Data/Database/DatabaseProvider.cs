namespace Rempart.Data.Database;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file in the data folder, nothing to install.</summary>
    Sqlite,
    Postgres,
}
