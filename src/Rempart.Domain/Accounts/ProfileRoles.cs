namespace Rempart.Domain.Accounts;

/// <summary>Role names as stored by ASP.NET Core Identity, one per <see cref="ProfileKind"/>.</summary>
public static class ProfileRoles
{
    public const string SuperAdmin = "super-admin";
    public const string Staff = "staff";
    public const string AssociationManager = "association-manager";
    public const string Partner = "partner";
    public const string Volunteer = "volunteer";
    public const string ExtranetMember = "extranet-member";


    private static readonly Dictionary<ProfileKind, string> ByKind = new()
    {
        [ProfileKind.SuperAdmin] = SuperAdmin,
        [ProfileKind.Staff] = Staff,
        [ProfileKind.AssociationManager] = AssociationManager,
        [ProfileKind.Partner] = Partner,
        [ProfileKind.Volunteer] = Volunteer,
        [ProfileKind.ExtranetMember] = ExtranetMember,
    };

    private static readonly Dictionary<string, ProfileKind> ByRole = ByKind.ToDictionary(p => p.Value, p => p.Key);

    public static string For(ProfileKind kind) => ByKind[kind];

    public static ProfileKind? Parse(string role) => ByRole.TryGetValue(role, out var kind) ? kind : null;
}
