using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Database;
using Rempart.Data.DemoData;
using Rempart.Domain.Programming;
using Rempart.Web.Accounts;

namespace Rempart.Web.Startup;

/// <summary>
/// Prepares the database in two steps of the host's start. Before any hosted service starts
/// (<see cref="StartingAsync"/>): the migrations, and the demo data on the embedded default's first
/// run, which the scheduler's jobs and the web server both read. Then (<see cref="StartAsync"/>),
/// alongside the scheduler and the web server, which the host starts together
/// (<see cref="StartupServiceCollectionExtensions"/>): the profile roles and the first super-admin,
/// which nothing else needs to start.
/// </summary>
public sealed class PrepareDatabaseOnStart(IServiceScopeFactory scopes, DatabaseSettings database, IConfiguration configuration, TimeProvider clock)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        // EF builds its relational model (the tables and columns behind the compiled model) at the first
        // query, about 0.2 s of a start; on the second core, while the migrations are checked.
        var contexts = services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        var relationalModel = Task.Run(() => BuildRelationalModelAsync(contexts), cancellationToken);
        await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
        await relationalModel;
        StartupTimings.Mark("migrations vérifiées");

        var demo = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (demo.SeedOnFirstRun ?? database.Provider == DatabaseProvider.Sqlite)
            await services.GetRequiredService<SeedDemoData>().ExecuteAsync(Seasons.Previous(clock.GetUtcNow()), cancellationToken);
        StartupTimings.Mark("données de démonstration");
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Off the host's thread at once (see StartAlongside): on SQLite, nothing below waits.
        await Task.Yield();
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<EnsureBuiltInProfiles>().ExecuteAsync();
        await services.GetRequiredService<BootstrapSuperAdmin>().ExecuteAsync();
        StartupTimings.Mark("profils et premier compte");
    }

    private static async Task BuildRelationalModelAsync(IDbContextFactory<RempartDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        _ = db.Model.GetRelationalModel();
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
