using Microsoft.EntityFrameworkCore;
using Rempart.Domain.PublicApi;

namespace Rempart.Data.PublicApi;

public enum IdempotencyState
{
    /// <summary>First time: go ahead, then <see cref="ApiIdempotency.FinishAsync"/>.</summary>
    Started,

    /// <summary>Answered before: send the same answer again.</summary>
    Answered,

    /// <summary>Another request with this key is being worked on right now.</summary>
    InProgress,

    /// <summary>This key came with a different request: a client mistake.</summary>
    Mismatch,
}

/// <summary>
/// Idempotency-Key for the API's writes: the first request with a key claims it (a row, whose
/// primary key two parallel requests cannot both insert), and every later one gets its answer.
/// </summary>
public sealed class ApiIdempotency(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<(IdempotencyState State, int? Status, string? Body)> BeginAsync(Guid apiKeyId, string idempotencyKey, string requestHash, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiIdempotentRequests.Add(new ApiIdempotentRequest { ApiKeyId = apiKeyId, IdempotencyKey = idempotencyKey, RequestHash = requestHash, CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (IdempotencyState.Started, null, null);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
        var existing = await db.ApiIdempotentRequests.AsNoTracking().FirstAsync(r => r.ApiKeyId == apiKeyId && r.IdempotencyKey == idempotencyKey, cancellationToken);
        if (existing.RequestHash != requestHash) return (IdempotencyState.Mismatch, null, null);
        return existing.Status is { } status ? (IdempotencyState.Answered, status, existing.Body) : (IdempotencyState.InProgress, null, null);
    }

    public async Task FinishAsync(Guid apiKeyId, string idempotencyKey, int status, string body, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ApiIdempotentRequests.Where(r => r.ApiKeyId == apiKeyId && r.IdempotencyKey == idempotencyKey)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.Body, body), cancellationToken);
    }

    /// <summary>How long a retry with the same key gets the first answer; past it, the key is forgotten.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    /// <summary>Forgets the keys older than <see cref="Kept"/> (a daily job); returns how many.</summary>
    public async Task<int> ForgetOldAsync(CancellationToken cancellationToken = default)
    {
        var limit = clock.GetUtcNow().UtcDateTime - Kept;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiIdempotentRequests.Where(r => r.CreatedAt < limit).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The work failed unexpectedly: the key is freed, so that a retry can do it.</summary>
    public async Task AbandonAsync(Guid apiKeyId, string idempotencyKey)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.ApiIdempotentRequests.Where(r => r.ApiKeyId == apiKeyId && r.IdempotencyKey == idempotencyKey && r.Status == null).ExecuteDeleteAsync();
    }
}
