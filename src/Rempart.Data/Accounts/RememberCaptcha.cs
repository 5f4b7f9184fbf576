using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Accounts;

/// <summary>
/// Records that a captcha challenge was used. The primary key decides, in the database, which of
/// two simultaneous uses wins, on every server; expired records are dropped as new ones arrive.
/// </summary>
public sealed class RememberCaptcha(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <summary>True the first time this challenge is seen, false on any replay.</summary>
    public async Task<bool> FirstUseAsync(string challenge, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.UsedCaptchas.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.UsedCaptchas.Add(new UsedCaptcha { Challenge = challenge, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
