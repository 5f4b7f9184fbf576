namespace Rempart.Domain.Places;

public enum WaitingStatus
{
    Waiting,
    /// <summary>A freed place is kept for this person until <see cref="WaitingListEntry.OfferExpiresAt"/>.</summary>
    Offered,
    Accepted,
    Declined,
    /// <summary>The offer ran out unanswered; the next person was offered the place.</summary>
    Expired,
    /// <summary>Staff passed over this person, with a reason.</summary>
    Skipped,
}

/// <summary>
/// A volunteer waiting for a place in a full session (or a full allocation, <see cref="AllocationId"/>).
/// The lowest <see cref="Position"/> is offered the next freed place, held for them by
/// <see cref="RegistrationId"/> while the offer lasts.
/// </summary>
public sealed class WaitingListEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid? AllocationId { get; set; }
    public Guid VolunteerId { get; set; }
    public int Position { get; set; }
    public WaitingStatus Status { get; set; }
    public DateTime JoinedAt { get; set; }
    public DateTime? OfferedAt { get; set; }
    public DateTime? OfferExpiresAt { get; set; }
    public Guid? RegistrationId { get; set; }

    /// <summary>SHA-256 of the offer link's token: the link works for this person only.</summary>
    public string? OfferTokenHash { get; set; }
    public string? Note { get; set; }
}
