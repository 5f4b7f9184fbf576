using Rempart.Domain.Accounts;

namespace Rempart.Domain.Documents;

/// <summary>
/// A folder of the docuthèque. A root folder's rights are its own grants; a subfolder follows its
/// parent's unless it <see cref="OverridesGrants"/>. Its documents move to its archive view
/// <see cref="ArchiveAfterDays"/> after they were added (90 unless the folder says otherwise; 0 never).
/// </summary>
public sealed class Folder
{
    public const int DefaultArchiveAfterDays = 90;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? ParentId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool OverridesGrants { get; set; }
    public int? ArchiveAfterDays { get; set; }
    public DateTime CreatedAt { get; set; }

    public int ArchiveDays => ArchiveAfterDays ?? DefaultArchiveAfterDays;
}

public enum DocumentRight
{
    Read,

    /// <summary>Add, replace, describe, archive and delete documents; create subfolders. Rights stay with staff holding documents.manage.</summary>
    Manage,
}

public enum GranteeKind
{
    /// <summary>Anyone, signed in or not (the union's public documents).</summary>
    Public,

    /// <summary>Everyone holding a profile of this kind (association managers, partners, volunteers, extranet members...).</summary>
    Profile,

    /// <summary>The people acting for one organisation.</summary>
    Organisation,

    /// <summary>The members of one extranet group.</summary>
    Group,
}

/// <summary>A right a folder gives to someone: the public, a kind of profile, an organisation or an extranet group.</summary>
public sealed class FolderGrant
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid FolderId { get; set; }
    public GranteeKind Grantee { get; set; }
    public ProfileKind? Profile { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? GroupId { get; set; }
    public DocumentRight Right { get; set; }
}
