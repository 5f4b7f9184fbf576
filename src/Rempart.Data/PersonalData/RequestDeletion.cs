using Microsoft.EntityFrameworkCore;
using Rempart.Domain.PersonalData;

namespace Rempart.Data.PersonalData;

/// <summary>A person asks for their data to be deleted; asking again while a request waits changes nothing.</summary>
public sealed class RequestDeletion(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <returns>Whether a new request was recorded.</returns>
    public async Task<bool> ExecuteAsync(Guid userId, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        if (email is null || await db.DeletionRequests.AnyAsync(r => r.UserId == userId && r.HandledAt == null, cancellationToken)) return false;
        db.DeletionRequests.Add(new DeletionRequest
        {
            UserId = userId, Email = email, RequestedAt = clock.GetUtcNow().UtcDateTime,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)],
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<DeletionRequest?> PendingAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DeletionRequests.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.HandledAt == null, cancellationToken);
    }

    /// <summary>The requests to handle, oldest first, then the last handled ones.</summary>
    public async Task<IReadOnlyList<DeletionRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.DeletionRequests.AsNoTracking().Where(r => r.HandledAt == null).OrderBy(r => r.RequestedAt).ToListAsync(cancellationToken);
        var handled = await db.DeletionRequests.AsNoTracking().Where(r => r.HandledAt != null).OrderByDescending(r => r.HandledAt).Take(50).ToListAsync(cancellationToken);
        return [.. pending, .. handled];
    }
}
