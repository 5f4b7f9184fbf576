namespace Rempart.Domain.Accounts;

/// <summary>
/// A group of extranet members (élus, stagiaires, techniciens, ...): extranet pages, documents and
/// calendar events are shown to chosen groups.
/// </summary>
public sealed class ExtranetGroup
{
    public const int NameMaxLength = 80;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>A user's membership of an extranet group.</summary>
public sealed class ExtranetGroupMember
{
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
}

/// <summary>A group manager (<see cref="ManagerId"/>) acts for a person they follow (<see cref="ManagedId"/>).</summary>
public sealed class ManagedAccount
{
    public Guid ManagerId { get; set; }
    public Guid ManagedId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
