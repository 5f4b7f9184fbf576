namespace Rempart.Domain.Programming;

/// <summary>An animateur who leads sessions; one person cannot lead two sessions at the same time.</summary>
public sealed class Leader
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}

/// <summary>A leader assigned to a session.</summary>
public sealed class SessionLeader
{
    public Guid SessionId { get; set; }
    public Guid LeaderId { get; set; }
}
