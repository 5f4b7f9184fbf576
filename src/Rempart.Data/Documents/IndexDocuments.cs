using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>
/// The background indexer: reads the documents waiting (added, replaced, described, moved,
/// archived), writes their entry, and records whether their file gave words. A document changed
/// while it was being read stays waiting and is read again on the next pass.
/// </summary>
public sealed class IndexDocuments(IDbContextFactory<RempartDbContext> contexts, DocumentFiles files, ExtractDocumentText extract, IDocumentSearchIndex index)
{
    public const int BatchSize = 50;

    /// <returns>How many documents were indexed in this pass.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = await (from d in db.Documents
                             where d.SearchState == SearchState.Pending
                             join v in db.DocumentVersions on new { d.Id, Number = d.CurrentVersion } equals new { Id = v.DocumentId, v.Number }
                             orderby d.AddedAt
                             select new { Document = d, v.StoredName, v.ContentType }).AsNoTracking().Take(BatchSize).ToListAsync(cancellationToken);
        var done = 0;
        if (waiting.Count == 0) return 0;
        // The folders' rights, read once for the batch: each entry carries who may read it.
        var tree = await FolderTree.LoadAsync(db, null, cancellationToken);
        foreach (var item in waiting)
        {
            var document = item.Document;
            var format = StoredFormat.FromContentType(item.ContentType);
            var path = files.PathOf(item.StoredName);
            var body = format is not null && File.Exists(path) ? await extract.ExecuteAsync(path, format, cancellationToken) : null;
            index.Put(new IndexEntry(document.Id, document.FolderId, tree.AudienceOf(document.FolderId), document.Title, document.Tags, document.Description ?? "", body ?? "",
                document.ArchivedAt is not null, document.AddedAt, document.PublishedOn));
            var state = body is null ? SearchState.NotSearchable : SearchState.Indexed;
            // Only if nobody changed it meanwhile; otherwise it waits for the next pass.
            done += await db.Documents.Where(d => d.Id == document.Id && d.Version == document.Version && d.SearchState == SearchState.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.SearchState, state), cancellationToken);
        }
        return done;
    }

    /// <summary>Empties the index and puts every document back in the queue: the indexer rebuilds it all.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        index.Clear();
        var stamp = Guid.NewGuid();
        return await db.Documents.ExecuteUpdateAsync(s => s.SetProperty(d => d.SearchState, SearchState.Pending).SetProperty(d => d.Version, stamp), cancellationToken);
    }
}
