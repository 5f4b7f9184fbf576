using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>A grant as the rights editor gives it.</summary>
public sealed record GrantDraft(GranteeKind Grantee, ProfileKind? Profile, Guid? OrganisationId, Guid? GroupId, DocumentRight Right);

/// <summary>A folder as its form gives it; <c>Grants</c> only count for those who manage everything.</summary>
public sealed record FolderDraft(Guid? Id, Guid? ParentId, string? Name, string? Description, int? ArchiveAfterDays, bool OverridesGrants, IReadOnlyList<GrantDraft> Grants);

/// <summary>
/// Creates or changes a folder. A root folder and rights are for staff holding documents.manage; a
/// subfolder is created by whoever manages its parent, and inherits its parent's rights.
/// </summary>
public sealed class SaveFolder(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<(Folder? Folder, IReadOnlyDictionary<string, string> Errors)> ExecuteAsync(FolderDraft draft, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await FolderTree.LoadAsync(db, actor, cancellationToken);
        var everything = DocumentAccess.ManagesEverything(actor);
        Folder folder;
        if (draft.Id is { } id)
        {
            if (!tree.MayManage(id)) return (null, Refused("Vous ne pouvez pas modifier ce dossier."));
            folder = await db.Folders.FirstAsync(f => f.Id == id, cancellationToken);
        }
        else
        {
            var allowed = draft.ParentId is { } parent ? tree.MayManage(parent) : everything;
            if (!allowed) return (null, Refused("Vous ne pouvez pas créer de dossier ici."));
            folder = new Folder { ParentId = draft.ParentId, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Folders.Add(folder);
        }
        var errors = DocumentRules.ValidateFolder(draft.Name, draft.ArchiveAfterDays);
        if (everything && draft.Grants.Any(g => !Complete(g))) errors["Grants"] = "Chaque droit doit dire à qui il est donné.";
        if (errors.Count > 0) return (null, errors);

        folder.Name = draft.Name!.Trim();
        folder.Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        folder.ArchiveAfterDays = draft.ArchiveAfterDays;
        if (everything)
        {
            folder.OverridesGrants = draft.OverridesGrants || folder.ParentId is null;
            db.FolderGrants.RemoveRange(await db.FolderGrants.Where(g => g.FolderId == folder.Id).ToListAsync(cancellationToken));
            db.FolderGrants.AddRange(draft.Grants.Distinct().Select(g => new FolderGrant
            {
                FolderId = folder.Id, Grantee = g.Grantee, Profile = g.Grantee == GranteeKind.Profile ? g.Profile : null,
                OrganisationId = g.Grantee == GranteeKind.Organisation ? g.OrganisationId : null, GroupId = g.Grantee == GranteeKind.Group ? g.GroupId : null, Right = g.Right,
            }));
            // The index knows each document's readers: those of this folder and of the folders that follow it are read again.
            if (draft.Id is not null)
            {
                var below = tree.Subtree(folder.Id).ToList();
                var stamp = Guid.NewGuid();
                await db.Documents.Where(d => below.Contains(d.FolderId))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.SearchState, SearchState.Pending).SetProperty(d => d.Version, stamp), cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return (folder, new Dictionary<string, string>());
    }

    private static bool Complete(GrantDraft grant) => grant.Grantee switch
    {
        GranteeKind.Public => grant.Right == DocumentRight.Read,
        GranteeKind.Profile => grant.Profile is not null,
        GranteeKind.Organisation => grant.OrganisationId is not null,
        GranteeKind.Group => grant.GroupId is not null,
        _ => false,
    };

    private static Dictionary<string, string> Refused(string reason) => new() { [""] = reason };
}
