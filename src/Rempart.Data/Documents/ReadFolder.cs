using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

public sealed record DocumentRow(
    Guid Id, string Title, string? Description, string Tags, string FileName, string ContentType, long SizeBytes, DateTime AddedAt, DateOnly? PublishedOn,
    string AuthorName, DateTime? ArchivedAt, int CurrentVersion, SearchState SearchState);

/// <summary>A folder as the asker sees it: where it is, their right, its grants (for those who manage everything), what it holds.</summary>
public sealed record FolderView(
    Folder Folder, IReadOnlyList<FolderEntry> Path, DocumentRight Right, bool MayEditGrants, IReadOnlyList<FolderGrant> Grants,
    IReadOnlyList<FolderEntry> Subfolders, IReadOnlyList<DocumentRow> Documents, int ArchivedCount);

/// <summary>Opens a folder for someone who may read it: its documents in force, or its archive view. Anyone else gets nothing.</summary>
public sealed class ReadFolder(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<FolderView?> ExecuteAsync(Guid folderId, bool archived, Actor? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await FolderTree.LoadAsync(db, actor, cancellationToken);
        if (tree.RightOn(folderId) is not { } right) return null;
        var folder = tree.Folders[folderId];
        var path = tree.PathTo(folderId).Where(f => tree.Rights.ContainsKey(f.Id)).Select(f => new FolderEntry(f.Id, f.ParentId, f.Name, tree.Rights[f.Id])).ToList();
        var subfolders = tree.Folders.Values.Where(f => f.ParentId == folderId && tree.Rights.ContainsKey(f.Id))
            .OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).Select(f => new FolderEntry(f.Id, folderId, f.Name, tree.Rights[f.Id])).ToList();
        var documents = (await Rows(db, db.Documents.Where(d => d.FolderId == folderId && (d.ArchivedAt != null) == archived)).ToListAsync(cancellationToken))
            .OrderByDescending(d => d.AddedAt).ToList();
        var archivedCount = await db.Documents.CountAsync(d => d.FolderId == folderId && d.ArchivedAt != null, cancellationToken);
        var manager = DocumentAccess.ManagesEverything(actor);
        return new FolderView(folder, path, right, manager, manager ? tree.Nodes[folderId].Grants : [], subfolders, documents, archivedCount);
    }

    internal static IQueryable<DocumentRow> Rows(RempartDbContext db, IQueryable<Document> documents) =>
        from d in documents
        join v in db.DocumentVersions on new { d.Id, Number = d.CurrentVersion } equals new { Id = v.DocumentId, v.Number }
        select new DocumentRow(d.Id, d.Title, d.Description, d.Tags, v.FileName, v.ContentType, v.SizeBytes, d.AddedAt, d.PublishedOn, d.AuthorName,
            d.ArchivedAt, d.CurrentVersion, d.SearchState);
}
