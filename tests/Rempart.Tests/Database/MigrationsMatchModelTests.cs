using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Database;

/// <summary>
/// The hand-written migrations must build exactly the schema EF derives from the model: a model
/// change without its migration (or a migration that drifts) fails here, on both providers.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    [Theory, DatabaseData]
    public async Task Migrate_ProducesTheSameSchemaAsTheModel(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var created = await TestDatabase.CreateAsync(provider);

        string fromMigrations, fromModel;
        await using (var db = migrated.CreateContext())
        {
            await db.Database.MigrateAsync();
            fromMigrations = await SchemaReader.DescribeAsync(db, provider);
        }
        await using (var db = created.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
            fromModel = await SchemaReader.DescribeAsync(db, provider);
        }

        Assert.Contains("table Sessions", fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Theory, DatabaseData]
    public async Task Migrate_TwiceInARow_AppliesNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }
}
