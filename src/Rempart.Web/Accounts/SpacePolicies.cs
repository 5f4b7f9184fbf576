using Rempart.Domain.Accounts;
using Rempart.Domain.Navigation;

namespace Rempart.Web.Accounts;

/// <summary>One authorization policy per space, built from <see cref="SpaceCatalog"/>: pages and menu agree by construction.</summary>
public static class SpacePolicies
{
    public const string Admin = "space:admin";
    public const string BackOffice = "space:gestion";
    public const string Association = "space:association";
    public const string Partner = "space:partenaire";
    public const string Volunteer = "space:benevole";
    public const string Extranet = "space:extranet";

    /// <summary>Staff and association managers: the programme's pages (each operation then checks the association).</summary>
    public const string ProgrammeEditors = "programme:editors";

    public static readonly string[] ProgrammeEditorRoles = [ProfileRoles.Staff, ProfileRoles.SuperAdmin, ProfileRoles.AssociationManager];

    public static string For(Space space) => "space:" + space.Key;

    public static string[] RolesOf(Space space) =>
        SpaceCatalog.AllowedProfiles(space).Select(ProfileRoles.For).ToArray();
}
