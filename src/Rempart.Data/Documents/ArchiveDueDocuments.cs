using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>
/// The daily move to the archive view: every document in force longer than its folder's days
/// (90 unless the folder says otherwise; never when it says 0). Archived documents stay searchable.
/// </summary>
public sealed class ArchiveDueDocuments(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folders = await db.Folders.Select(f => new { f.Id, f.ArchiveAfterDays }).ToListAsync(cancellationToken);
        var archived = 0;
        // The index learns of the move on its next pass.
        var stamp = Guid.NewGuid();
        foreach (var folder in folders)
        {
            var days = folder.ArchiveAfterDays ?? Folder.DefaultArchiveAfterDays;
            if (days <= 0) continue;
            var limit = now.AddDays(-days);
            archived += await db.Documents
                .Where(d => d.FolderId == folder.Id && d.ArchivedAt == null && (d.RestoredAt ?? d.AddedAt) <= limit)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ArchivedAt, now).SetProperty(d => d.SearchState, SearchState.Pending).SetProperty(d => d.Version, stamp), cancellationToken);
        }
        return archived;
    }
}
