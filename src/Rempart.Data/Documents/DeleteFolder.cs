using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>Deletes an empty folder (no subfolder, no document, archived ones included), for staff holding documents.manage.</summary>
public sealed class DeleteFolder(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<string?> ExecuteAsync(Guid folderId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!DocumentAccess.ManagesEverything(actor)) return "Vous ne pouvez pas supprimer ce dossier.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folder = await db.Folders.FirstOrDefaultAsync(f => f.Id == folderId, cancellationToken);
        if (folder is null) return "Ce dossier n'existe pas.";
        if (await db.Folders.AnyAsync(f => f.ParentId == folderId, cancellationToken) || await db.Documents.AnyAsync(d => d.FolderId == folderId, cancellationToken))
            return "Le dossier n'est pas vide : déplacez ou supprimez d'abord ses sous-dossiers et ses documents (archives comprises).";
        db.FolderGrants.RemoveRange(await db.FolderGrants.Where(g => g.FolderId == folderId).ToListAsync(cancellationToken));
        db.Folders.Remove(folder);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
