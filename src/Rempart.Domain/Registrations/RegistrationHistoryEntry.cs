namespace Rempart.Domain.Registrations;

/// <summary>One line of a registration's history: the stage it left (none for its first), the one it entered, when, who, why.</summary>
public sealed class RegistrationHistoryEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public RegistrationStage? From { get; set; }
    public RegistrationStage To { get; set; }
    public DateTime At { get; set; }

    /// <summary>The name shown in the history: a person, an association, or "Rempart" for jobs.</summary>
    public string By { get; set; } = "";
    public Guid? ByUserId { get; set; }
    public string? Reason { get; set; }
}
