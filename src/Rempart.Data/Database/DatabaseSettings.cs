namespace Rempart.Data.Database;

/// <summary>The database as resolved at start-up: which provider, which connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, int StartupRetries = 10);
