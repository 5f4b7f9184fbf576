using Microsoft.AspNetCore.Identity;

namespace Rempart.Data.Accounts;

/// <summary>An account that can sign in. The person's data lives in the domain (volunteer, manager...), linked by id.</summary>
public sealed class RempartUser : IdentityUser<Guid>
{
    public RempartUser() => Id = Guid.NewGuid();

    public string? DisplayName { get; set; }
    public Guid? OrganisationId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>A deactivated account cannot sign in; open sessions end at the next revalidation.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>
    /// Our own lockout, instead of Identity's: counted atomically in the database (parallel attempts
    /// all count), on a UTC DateTime both databases compare, with the application's clock.
    /// </summary>
    public int FailedSignIns { get; set; }
    public DateTime? LockedUntil { get; set; }
}
