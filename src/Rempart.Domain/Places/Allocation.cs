namespace Rempart.Domain.Places;

/// <summary>
/// Places of a session set aside for one member association or partner (<see cref="OrganisationId"/>)
/// or for the holders of one profile (<see cref="ProfileId"/>: "structures sociales", "volontaires
/// internationaux"...). On <see cref="ReleaseDate"/> the unused places return to the open pool: the
/// allocation shrinks to what it uses and <see cref="ReleasedAt"/> is set.
/// </summary>
public sealed class Allocation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? ProfileId { get; set; }
    public int Size { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public DateTime? ReleasedAt { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
