namespace Rempart.Domain.Programming;

/// <summary>A chantier: what volunteers do on a site, organised by an association.</summary>
public sealed class Worksite
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SiteId { get; set; }
    public Guid AssociationId { get; set; }
    public required string Title { get; set; }
    public string? Techniques { get; set; }
    public string? Description { get; set; }
}
