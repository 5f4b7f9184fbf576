namespace Rempart.Domain.Programming;

/// <summary>A monument that hosts worksites. Its full description comes with the programming tool (issue 3).</summary>
public sealed class Site
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string Commune { get; set; }
    public string? Postcode { get; set; }
    public string? Departement { get; set; }
    public string? Region { get; set; }
    public string Country { get; set; } = "France";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public HeritageStatus HeritageStatus { get; set; }
    public Guid AssociationId { get; set; }
}
