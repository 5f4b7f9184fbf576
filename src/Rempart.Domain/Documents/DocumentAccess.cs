using Rempart.Domain.Accounts;

namespace Rempart.Domain.Documents;

/// <summary>A folder as the rights need it: where it hangs, whether it has rights of its own, and which.</summary>
public sealed record FolderNode(Guid Id, Guid? ParentId, bool OverridesGrants, IReadOnlyList<FolderGrant> Grants);

/// <summary>
/// Who may read or manage each folder. Staff holding documents.manage manage everything. Anyone
/// else holds the strongest right among the grants that reach them: a root folder's own, or a
/// subfolder's own when it overrides, otherwise its parent's, up the tree.
/// </summary>
public static class DocumentAccess
{
    public static bool ManagesEverything(Actor? actor) => actor is not null && actor.IsStaff && actor.Can(Permissions.DocumentsManage);

    /// <summary>The grants that apply to a folder: its own where the tree stops inheriting.</summary>
    public static IReadOnlyList<FolderGrant> EffectiveGrants(Guid folderId, IReadOnlyDictionary<Guid, FolderNode> tree)
    {
        var seen = new HashSet<Guid>();
        var current = tree.GetValueOrDefault(folderId);
        // A loop in the tree (never written by the operations) must not hang a request: it grants nothing.
        while (current is not null && seen.Add(current.Id))
        {
            if (current.OverridesGrants || current.ParentId is null) return current.Grants;
            current = tree.GetValueOrDefault(current.ParentId.Value);
        }
        return [];
    }

    public static bool Reaches(FolderGrant grant, Actor? actor, IReadOnlySet<Guid> groups) => grant.Grantee switch
    {
        GranteeKind.Public => true,
        GranteeKind.Profile => actor is not null && grant.Profile is { } kind && actor.Profiles.Contains(kind),
        GranteeKind.Organisation => actor?.OrganisationId is { } organisation && organisation == grant.OrganisationId,
        GranteeKind.Group => grant.GroupId is { } group && groups.Contains(group),
        _ => false,
    };

    /// <summary>The asker's right on one folder; null: they may not see it.</summary>
    public static DocumentRight? RightOn(Guid folderId, IReadOnlyDictionary<Guid, FolderNode> tree, Actor? actor, IReadOnlySet<Guid> groups)
    {
        if (!tree.ContainsKey(folderId)) return null;
        if (ManagesEverything(actor)) return DocumentRight.Manage;
        DocumentRight? best = null;
        foreach (var grant in EffectiveGrants(folderId, tree))
        {
            if (!Reaches(grant, actor, groups)) continue;
            if (grant.Right == DocumentRight.Manage) return DocumentRight.Manage;
            best = DocumentRight.Read;
        }
        return best;
    }

    /// <summary>Every folder the asker may see, with their right on it.</summary>
    public static Dictionary<Guid, DocumentRight> Rights(IReadOnlyDictionary<Guid, FolderNode> tree, Actor? actor, IReadOnlySet<Guid> groups)
    {
        var rights = new Dictionary<Guid, DocumentRight>();
        foreach (var id in tree.Keys)
            if (RightOn(id, tree, actor, groups) is { } right) rights[id] = right;
        return rights;
    }
}
