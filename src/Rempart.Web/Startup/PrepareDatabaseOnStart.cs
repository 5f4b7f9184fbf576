using Rempart.Data.Database;
using Rempart.Data.DemoData;
using Rempart.Domain.Programming;
using Rempart.Web.Accounts;

namespace Rempart.Web.Startup;

/// <summary>
/// Runs before the web server and the scheduler start (hosted services start in registration order):
/// migrations, the profile roles, the first super-admin, and the demo data on the embedded default.
/// </summary>
public sealed class PrepareDatabaseOnStart(IServiceScopeFactory scopes, DatabaseSettings database, IConfiguration configuration, TimeProvider clock)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
        StartupTimings.Mark("migrations vérifiées");
        await services.GetRequiredService<EnsureBuiltInProfiles>().ExecuteAsync();
        await services.GetRequiredService<BootstrapSuperAdmin>().ExecuteAsync();
        StartupTimings.Mark("profils et premier compte");

        var demo = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (demo.SeedOnFirstRun ?? database.Provider == DatabaseProvider.Sqlite)
            await services.GetRequiredService<SeedDemoData>().ExecuteAsync(Seasons.Previous(clock.GetUtcNow()), cancellationToken);
        StartupTimings.Mark("données de démonstration");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
