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

    public static IReadOnlyList<string> All { get; } =
        [SuperAdmin, Staff, AssociationManager, Partner, Volunteer, ExtranetMember];

    public static string For(ProfileKind kind) => kind switch
    {
        ProfileKind.SuperAdmin => SuperAdmin,
        ProfileKind.Staff => Staff,
        ProfileKind.AssociationManager => AssociationManager,
        ProfileKind.Partner => Partner,
        ProfileKind.Volunteer => Volunteer,
        ProfileKind.ExtranetMember => ExtranetMember,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ProfileKind? Parse(string role) => role switch
    {
        SuperAdmin => ProfileKind.SuperAdmin,
        Staff => ProfileKind.Staff,
        AssociationManager => ProfileKind.AssociationManager,
        Partner => ProfileKind.Partner,
        Volunteer => ProfileKind.Volunteer,
        ExtranetMember => ProfileKind.ExtranetMember,
        _ => null,
    };
}
