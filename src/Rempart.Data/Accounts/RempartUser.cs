using Microsoft.AspNetCore.Identity;

namespace Rempart.Data.Accounts;

/// <summary>An account that can sign in. The person's data lives in the domain (volunteer, manager...), linked by id.</summary>
public sealed class RempartUser : IdentityUser<Guid>
{
    public RempartUser() => Id = Guid.NewGuid();

    public string? DisplayName { get; set; }
    public Guid? OrganisationId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
