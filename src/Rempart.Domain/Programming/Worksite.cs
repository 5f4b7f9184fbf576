namespace Rempart.Domain.Programming;

/// <summary>A chantier: what volunteers do on a site, organised by an association.</summary>
public sealed class Worksite : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SiteId { get; set; }
    public Guid AssociationId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Comma-separated, from <see cref="Techniques"/>'s catalogue or free text.</summary>
    public string? Techniques { get; set; }
    public Audience Audience { get; set; }
    public string? Languages { get; set; }
    public string? Accommodation { get; set; }
    public string? Description { get; set; }
    public WorksiteStatus Status { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public string? UpdatedBy { get; set; }

    /// <summary>A copy to edit in a form while the original stays as it was loaded.</summary>
    public Worksite Copy() => (Worksite)MemberwiseClone();
}
