using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rempart.Data;
using Rempart.Data.Database;

namespace Rempart.Web.Health;

/// <summary>Unhealthy while a migration known to this build is not applied to the database.</summary>
internal sealed class MigrationsAppliedCheck(IDbContextFactory<RempartDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await ReadPendingMigrations.ExecuteAsync(db, cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy("all migrations applied")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending: {string.Join(", ", pending)}");
    }
}
