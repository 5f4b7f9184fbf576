using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>A folder in the asker's tree: its parent is the nearest ancestor they may see (null: at the top).</summary>
public sealed record FolderEntry(Guid Id, Guid? ParentId, string Name, DocumentRight Right);

/// <summary>The folders the asker may open, as a tree: a folder whose parents are closed to them shows at the top, and closed folders' names never show.</summary>
public sealed class ListFolders(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<FolderEntry>> ExecuteAsync(Actor? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await FolderTree.LoadAsync(db, actor, cancellationToken);
        return tree.Rights.Select(r =>
            {
                var folder = tree.Folders[r.Key];
                var parent = tree.PathTo(folder.Id).Reverse().Skip(1).FirstOrDefault(a => tree.Rights.ContainsKey(a.Id));
                return new FolderEntry(folder.Id, parent?.Id, folder.Name, r.Value);
            })
            .OrderBy(f => f.Name, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), ignoreCase: true)).ToList();
    }
}
