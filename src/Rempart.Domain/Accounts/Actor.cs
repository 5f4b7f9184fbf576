namespace Rempart.Domain.Accounts;

/// <summary>Who is asking: their account, their profiles and the organisation they act for.</summary>
public sealed record Actor(Guid UserId, string Name, IReadOnlySet<ProfileKind> Profiles, Guid? OrganisationId)
{
    public bool IsStaff => Profiles.Contains(ProfileKind.Staff) || Profiles.Contains(ProfileKind.SuperAdmin);
}
