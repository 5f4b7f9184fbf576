using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Places;

/// <summary>
/// Marks holds that ran out as expired. Counting already ignores them (a hold takes a place only
/// until its time); this keeps lists honest and closes the registration in its history.
/// </summary>
public sealed class ExpireHolds(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lapsed = await db.Registrations.Where(r => r.Status == RegistrationStatus.Held && r.HeldUntil <= now).ToListAsync(cancellationToken);
        foreach (var registration in lapsed)
            db.RegistrationHistory.Add(registration.Enter(RegistrationStage.CancelledByStaff, RegistrationStatus.Expired, now, "Rempart", null, "Le délai pour répondre est dépassé."));
        await db.SaveChangesAsync(cancellationToken);
        return lapsed.Count;
    }
}
