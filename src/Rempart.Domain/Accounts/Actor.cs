namespace Rempart.Domain.Accounts;

/// <summary>
/// Who is asking: their account, the kinds of their profiles (which spaces they open), the
/// permissions their profiles grant, and the organisation they act for.
/// </summary>
public sealed record Actor(Guid UserId, string Name, IReadOnlySet<ProfileKind> Profiles, Guid? OrganisationId)
{
    public IReadOnlySet<string> Permissions { get; init; } = new HashSet<string>();

    public bool IsStaff => Profiles.Contains(ProfileKind.Staff) || Profiles.Contains(ProfileKind.SuperAdmin);

    public bool Can(string permission) => Permissions.Contains(permission);

    /// <summary>
    /// Rempart itself, for the moves its own rules make (a file complete, a payment late). Only code
    /// builds it: no sign-in produces it, whatever the cookie says.
    /// </summary>
    public bool IsRempart { get; private init; }

    public static Actor Rempart { get; } = new(Guid.Empty, "Rempart", new HashSet<ProfileKind>(), null) { IsRempart = true };
}
