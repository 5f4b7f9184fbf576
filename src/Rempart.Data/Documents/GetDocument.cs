using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>A document as its page shows it: where it is, the asker's right, its file's history (newest first).</summary>
public sealed record DocumentDetail(Document Document, IReadOnlyList<FolderEntry> Path, DocumentRight Right, IReadOnlyList<DocumentVersion> Versions);

public sealed class GetDocument(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<DocumentDetail?> ExecuteAsync(Guid documentId, Actor? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await DocumentScope.LoadAsync(db, documentId, actor, cancellationToken) is not { } scope) return null;
        var versions = await db.DocumentVersions.Where(v => v.DocumentId == documentId).OrderByDescending(v => v.Number).AsNoTracking().ToListAsync(cancellationToken);
        var path = scope.Tree.PathTo(scope.Document.FolderId).Where(f => scope.Tree.Rights.ContainsKey(f.Id))
            .Select(f => new FolderEntry(f.Id, f.ParentId, f.Name, scope.Tree.Rights[f.Id])).ToList();
        return new DocumentDetail(scope.Document, path, scope.Right, versions);
    }
}
