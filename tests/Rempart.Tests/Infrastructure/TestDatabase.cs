using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rempart.Data;
using Rempart.Data.Database;

namespace Rempart.Tests.Infrastructure;

/// <summary>
/// A new, empty database for one test: a SQLite file in a temporary folder, or a database created
/// on the test PostgreSQL server. Disposing removes it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? folder;
    private readonly string? postgresName;

    private TestDatabase(DatabaseSettings settings, string? folder, string? postgresName)
    {
        Settings = settings;
        this.folder = folder;
        this.postgresName = postgresName;
    }

    public DatabaseSettings Settings { get; }
    public DatabaseProvider Provider => Settings.Provider;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = TestEnvironment.NewTempFolder("rempart-db");
            var settings = new DatabaseSettings(provider, $"Data Source={Path.Combine(folder, "rempart.db")};Default Timeout=15");
            return new TestDatabase(settings, folder, null);
        }

        var name = $"rempart_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = name };
        return new TestDatabase(new DatabaseSettings(provider, builder.ConnectionString), null, name);
    }

    public RempartDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<RempartDbContext>();
        DataServiceCollectionExtensions.Configure(options, Settings);
        return new RempartDbContext(options.Options);
    }

    /// <summary>The factory operations take, over this database.</summary>
    public IDbContextFactory<RempartDbContext> Contexts => new Factory(this);

    /// <summary>A new database, already migrated.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<RempartDbContext>
    {
        public RempartDbContext CreateDbContext() => database.CreateContext();
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a late handle; the temp folder is cleaned anyway */ }
        }
    }
}
