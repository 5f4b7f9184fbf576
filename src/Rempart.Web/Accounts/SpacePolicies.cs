using Rempart.Domain.Accounts;
using Rempart.Domain.Navigation;

namespace Rempart.Web.Accounts;

/// <summary>
/// One authorization policy per space, built from <see cref="SpaceCatalog"/> (pages and menu agree by
/// construction), and one per permission of the catalogue, for pages that need a right within a space.
/// </summary>
public static class SpacePolicies
{
    public const string Admin = "space:admin";
    public const string BackOffice = "space:gestion";
    public const string Association = "space:association";
    public const string Partner = "space:partenaire";
    public const string Volunteer = "space:benevole";
    public const string Extranet = "space:extranet";

    private const string PermissionPrefix = "permission:";

    /// <summary>The programme's editing pages: staff and association managers holding sessions.edit (each operation then checks the association).</summary>
    public const string ProgrammeEditors = PermissionPrefix + Permissions.SessionsEdit;
    public const string UsersManage = PermissionPrefix + Permissions.UsersManage;
    public const string ProfilesManage = PermissionPrefix + Permissions.ProfilesManage;
    public const string AuditRead = PermissionPrefix + Permissions.AuditRead;

    public static string For(Space space) => "space:" + space.Key;

    public static string ForPermission(string permission) => PermissionPrefix + permission;

    public static string[] RolesOf(Space space) =>
        SpaceCatalog.AllowedProfiles(space).Select(ProfileRoles.For).ToArray();
}
