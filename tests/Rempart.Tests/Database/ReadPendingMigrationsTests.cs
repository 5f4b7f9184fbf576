using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Database;

/// <summary>The start's and the health check's plain reading of EF's history gives EF's own answer.</summary>
public sealed class ReadPendingMigrationsTests
{
    [Theory, DatabaseData]
    public async Task ANewDatabase_HasEveryMigrationPending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Equal(db.Database.GetMigrations(), await ReadPendingMigrations.ExecuteAsync(db, default));
    }

    [Theory, DatabaseData]
    public async Task AMigratedDatabase_HasNone_AndOneRemovedFromTheHistory_IsPendingAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        Assert.Empty(await ReadPendingMigrations.ExecuteAsync(db, default));

        var last = db.Database.GetMigrations().Last();
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""");

        Assert.Equal([last], await ReadPendingMigrations.ExecuteAsync(db, default));
        Assert.Equal(await db.Database.GetPendingMigrationsAsync(), await ReadPendingMigrations.ExecuteAsync(db, default));
    }
}
