namespace Rempart.Domain.Programming;

/// <summary>A monument that hosts worksites, run by one member association.</summary>
public sealed class Site : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public string Commune { get; set; } = "";
    public string? Postcode { get; set; }
    public string? Departement { get; set; }
    public string? Region { get; set; }
    public string Country { get; set; } = "France";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public HeritageStatus HeritageStatus { get; set; }
    public string? Description { get; set; }
    public Guid AssociationId { get; set; }

    /// <summary>Changes at every save: a save based on an older version is refused (two people editing).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public string? UpdatedBy { get; set; }

    /// <summary>A copy to edit in a form while the original stays as it was loaded.</summary>
    public Site Copy() => (Site)MemberwiseClone();
}
