using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Accounts;

/// <summary>
/// Counts wrong passwords with single UPDATE statements, so that twenty attempts in parallel count
/// twenty and exactly one of them locks the account. Identity's own counter reads, adds and writes
/// back, and loses counts under concurrency.
/// </summary>
public sealed class SignInFailures(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <returns>true when this failure locked the account.</returns>
    public async Task<bool> RecordAsync(Guid userId, SignInLockout rule, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counted = await db.Users.Where(u => u.Id == userId && (u.LockedUntil == null || u.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1), cancellationToken);
        if (counted == 0) return false; // already locked: attempts during a lockout do not count
        var until = now + rule.Duration;
        var locked = await db.Users
            .Where(u => u.Id == userId && u.FailedSignIns >= rule.MaxFailedAttempts && (u.LockedUntil == null || u.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockedUntil, until).SetProperty(u => u.FailedSignIns, 0), cancellationToken);
        return locked == 1;
    }

    public async Task<bool> IsLockedAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == userId && u.LockedUntil != null && u.LockedUntil > now, cancellationToken);
    }

    /// <summary>After a successful sign-in, or when an administrator unlocks the account.</summary>
    public async Task ClearAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntil, (DateTime?)null), cancellationToken);
    }
}
