namespace Rempart.Domain.Places;

public enum RegistrationStatus
{
    /// <summary>A place is kept while the registration is completed, until <see cref="Registration.HeldUntil"/>.</summary>
    Held,
    Confirmed,
    Cancelled,
    /// <summary>The hold ran out before the registration was confirmed; the place went back.</summary>
    Expired,
}

/// <summary>
/// A volunteer's place in a session: held while the registration is completed, then confirmed. It
/// takes a place of its allocation (<see cref="AllocationId"/>) or of the open pool (null).
/// </summary>
public sealed class Registration
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid VolunteerId { get; set; }
    public Guid? AllocationId { get; set; }
    public RegistrationStatus Status { get; set; }
    public DateTime? HeldUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The account that registered the volunteer (the volunteer, a manager, staff).</summary>
    public Guid? RegisteredBy { get; set; }

    /// <summary>Whether this registration takes a place at <paramref name="now"/>.</summary>
    public bool TakesAPlace(DateTime now) => PlaceRules.TakesAPlace(Status, HeldUntil, now);
}
