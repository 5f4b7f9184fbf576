using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>A document with the asker's right on its folder; not loaded at all for someone who may not read it.</summary>
internal sealed record DocumentScope(Document Document, FolderTree Tree, DocumentRight Right)
{
    public static async Task<DocumentScope?> LoadAsync(RempartDbContext db, Guid documentId, Actor? actor, CancellationToken cancellationToken)
    {
        var tree = await FolderTree.LoadAsync(db, actor, cancellationToken);
        var readable = tree.Readable.ToList();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && readable.Contains(d.FolderId), cancellationToken);
        return document is null ? null : new DocumentScope(document, tree, tree.Rights[document.FolderId]);
    }
}
