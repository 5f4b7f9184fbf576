using Microsoft.AspNetCore.Identity;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Accounts;

/// <summary>
/// A profile: a named set of permissions (stored as role claims of type <see cref="PermissionClaim"/>)
/// that opens one space. Users hold profiles as Identity roles; see docs/decisions/0010-profiles-as-identity-roles.md.
/// </summary>
public sealed class RempartRole : IdentityRole<Guid>
{
    public const string PermissionClaim = "rempart:permission";

    public RempartRole() => Id = Guid.NewGuid();

    public RempartRole(string name) : this() => Name = name;

    /// <summary>The space this profile opens; it decides the interface, the permissions decide the actions.</summary>
    public ProfileKind Kind { get; set; }

    public string? Description { get; set; }

    /// <summary>Set for the profiles Rempart ships (<see cref="BuiltInProfiles"/>): they can be renamed, not deleted.</summary>
    public string? BuiltInKey { get; set; }
}
