using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>Deletes a document, every version's file and its place in the search index, for those who manage its folder.</summary>
public sealed class DeleteDocument(IDbContextFactory<RempartDbContext> contexts, DocumentFiles files, IDocumentSearchIndex index)
{
    public async Task<string?> ExecuteAsync(Guid documentId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await DocumentScope.LoadAsync(db, documentId, actor, cancellationToken);
        if (scope is null || scope.Right != DocumentRight.Manage) return "Vous ne pouvez pas supprimer ce document.";
        var versions = await db.DocumentVersions.Where(v => v.DocumentId == documentId).ToListAsync(cancellationToken);
        db.DocumentVersions.RemoveRange(versions);
        db.Documents.Remove(scope.Document);
        await db.SaveChangesAsync(cancellationToken);
        index.Remove(documentId);
        foreach (var version in versions) files.Delete(version.StoredName);
        return null;
    }
}
