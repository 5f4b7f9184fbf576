using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>What became of one file of a drop: the document it made, or why it was refused.</summary>
public sealed record AddedFile(string FileName, Guid? DocumentId, string? Refusal);

/// <summary>
/// Adds dropped files to a folder the asker manages, each its own document (titled from its name,
/// to be described afterwards) and checked on its own: a refused file does not stop the others.
/// Each waits for the background indexer.
/// </summary>
public sealed class AddDocuments(IDbContextFactory<RempartDbContext> contexts, DocumentFiles files, TimeProvider clock)
{
    public async Task<IReadOnlyList<AddedFile>?> ExecuteAsync(Guid folderId, IReadOnlyList<DocumentUpload> uploads, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await FolderTree.LoadAsync(db, actor, cancellationToken);
        if (!tree.MayManage(folderId)) return null;
        var results = new List<AddedFile>();
        foreach (var upload in uploads)
        {
            var (kept, refusal) = await files.KeepAsync(upload, cancellationToken);
            if (kept is null)
            {
                results.Add(new AddedFile(upload.FileName, null, refusal));
                continue;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var document = new Document
            {
                FolderId = folderId, Title = DocumentRules.TitleFromFileName(kept.FileName), AddedAt = now, AuthorId = actor.UserId, AuthorName = actor.Name,
                SearchState = SearchState.Pending,
            };
            db.Documents.Add(document);
            db.DocumentVersions.Add(new DocumentVersion
            {
                DocumentId = document.Id, Number = 1, FileName = kept.FileName, ContentType = kept.Format.ContentType, SizeBytes = kept.Size,
                StoredName = kept.StoredName, UploadedAt = now, UploadedBy = actor.UserId, UploadedByName = actor.Name,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                files.Delete(kept.StoredName);
                throw;
            }
            results.Add(new AddedFile(kept.FileName, document.Id, null));
        }
        return results;
    }
}
