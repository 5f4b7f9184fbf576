using Microsoft.EntityFrameworkCore;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>A document's file (its current version, or an earlier one), for someone who may read its folder (the public included, where a folder says so).</summary>
public sealed class OpenDocumentFile(IDbContextFactory<RempartDbContext> contexts, DocumentFiles files)
{
    public async Task<(DocumentFile File, StoredFormat Format)?> ExecuteAsync(Guid documentId, int? number, Actor? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await DocumentScope.LoadAsync(db, documentId, actor, cancellationToken) is not { } scope) return null;
        var wanted = number ?? scope.Document.CurrentVersion;
        var version = await db.DocumentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == documentId && v.Number == wanted, cancellationToken);
        if (version is null) return null;
        var path = files.PathOf(version.StoredName);
        var format = StoredFormat.FromContentType(version.ContentType);
        return File.Exists(path) && format is not null ? (new DocumentFile(path, version.ContentType, version.FileName), format) : null;
    }
}
