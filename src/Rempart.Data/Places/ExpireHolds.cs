using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>
/// Marks holds that ran out as expired. Counting already ignores them (a hold takes a place only
/// until its time); this keeps lists honest and is where the waiting list will be told. One statement.
/// </summary>
public sealed class ExpireHolds(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Registrations.Where(r => r.Status == RegistrationStatus.Held && r.HeldUntil <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Expired).SetProperty(r => r.UpdatedAt, now), cancellationToken);
    }
}
