namespace Rempart.Domain.Organisations;

/// <summary>The union itself, one of its member associations, or a partner.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? Commune { get; set; }
    public string? Departement { get; set; }
    public string? Country { get; set; } = "France";
    public string? Email { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
