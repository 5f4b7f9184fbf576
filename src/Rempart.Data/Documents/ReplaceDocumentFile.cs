using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>
/// Gives a document a new file, for those who manage its folder: a new version, the earlier ones
/// kept and still downloadable. The index reads the new file in the background.
/// </summary>
public sealed class ReplaceDocumentFile(IDbContextFactory<RempartDbContext> contexts, DocumentFiles files, TimeProvider clock)
{
    public async Task<string?> ExecuteAsync(Guid documentId, DocumentUpload upload, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await DocumentScope.LoadAsync(db, documentId, actor, cancellationToken);
        if (scope is null || scope.Right != DocumentRight.Manage) return "Vous ne pouvez pas modifier ce document.";
        var (kept, refusal) = await files.KeepAsync(upload, cancellationToken);
        if (kept is null) return refusal;
        var document = scope.Document;
        document.CurrentVersion++;
        document.SearchState = SearchState.Pending;
        document.Version = Guid.NewGuid();
        db.DocumentVersions.Add(new DocumentVersion
        {
            DocumentId = document.Id, Number = document.CurrentVersion, FileName = kept.FileName, ContentType = kept.Format.ContentType, SizeBytes = kept.Size,
            StoredName = kept.StoredName, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = actor.UserId, UploadedByName = actor.Name,
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
        return null;
    }
}
