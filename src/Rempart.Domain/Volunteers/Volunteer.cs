namespace Rempart.Domain.Volunteers;

/// <summary>A person who joins (or wants to join) sessions. Their account, if any, is linked by <see cref="UserId"/>.</summary>
public sealed class Volunteer
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly BirthDate { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }

    /// <summary>The town they live in (the form calls it "Ville").</summary>
    public string? Commune { get; set; }
    public string Country { get; set; } = "France";
    public string? EmergencyContactName { get; set; }
    public string? EmergencyContactPhone { get; set; }
    public string? Diet { get; set; }
    public string? Languages { get; set; }
    public string? Skills { get; set; }
    public Guid? UserId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public int AgeOn(DateOnly day) => Registrations.Age.On(BirthDate, day);
}
