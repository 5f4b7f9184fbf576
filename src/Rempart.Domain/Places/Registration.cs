using Rempart.Domain.Registrations;

namespace Rempart.Domain.Places;

public enum RegistrationStatus
{
    /// <summary>Asked for, not decided yet (pre-registered, under review): takes no place.</summary>
    Requested,

    /// <summary>A place is kept while the registration is completed, until <see cref="Registration.HeldUntil"/>.</summary>
    Held,
    Confirmed,
    Cancelled,
    /// <summary>The hold ran out before the registration was confirmed; the place went back.</summary>
    Expired,
}

/// <summary>
/// A volunteer's registration to a session. <see cref="Stage"/> is where the registration stands
/// (<see cref="RegistrationLifecycle"/>); <see cref="Status"/> is what it does to the session's
/// places: none while requested, one for a time while held, one for good once kept. A registration
/// takes a place of its allocation (<see cref="AllocationId"/>) or of the open pool (null).
/// </summary>
public sealed class Registration
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid VolunteerId { get; set; }
    public Guid? AllocationId { get; set; }
    public RegistrationStatus Status { get; set; }
    public RegistrationStage Stage { get; set; }
    public DateTime? HeldUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The account that registered the volunteer (the volunteer, a manager, staff).</summary>
    public Guid? RegisteredBy { get; set; }

    public string? Motivation { get; set; }

    /// <summary>When the registration form was sent complete (its documents then wait for review).</summary>
    public DateTime? FileSentAt { get; set; }
    public string? GuardianName { get; set; }
    public DateTime? GuardianConsentAt { get; set; }
    public DateTime? MinorConsentAt { get; set; }

    /// <summary>While awaiting payment: when the place is released if nothing is paid.</summary>
    public DateTime? PaymentDueAt { get; set; }
    public DateTime? PaymentReminderSentAt { get; set; }

    /// <summary>
    /// Moves the registration to <paramref name="to"/> with the place <paramref name="status"/> that
    /// goes with it, and returns the line of history to keep. Callers have asked the lifecycle first
    /// (or are Rempart's own place rules, whose moves the lifecycle allows to Rempart).
    /// </summary>
    public RegistrationHistoryEntry Enter(RegistrationStage to, RegistrationStatus status, DateTime at, string by, Guid? byUserId, string? reason = null, DateTime? heldUntil = null) =>
        Move(Stage, to, status, at, by, byUserId, reason, heldUntil);

    /// <summary>The first stage of a new registration: its history starts from nothing.</summary>
    public RegistrationHistoryEntry Begin(RegistrationStage stage, RegistrationStatus status, DateTime at, string by, Guid? byUserId, DateTime? heldUntil = null)
    {
        CreatedAt = at;
        return Move(null, stage, status, at, by, byUserId, null, heldUntil);
    }

    private RegistrationHistoryEntry Move(RegistrationStage? from, RegistrationStage to, RegistrationStatus status, DateTime at, string by, Guid? byUserId, string? reason, DateTime? heldUntil)
    {
        Stage = to;
        Status = status;
        HeldUntil = status == RegistrationStatus.Held ? heldUntil : null;
        UpdatedAt = at;
        return new RegistrationHistoryEntry
        {
            RegistrationId = Id, From = from, To = to, At = at, By = by, ByUserId = byUserId,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
    }

    /// <summary>Whether this registration takes a place at <paramref name="now"/>.</summary>
    public bool TakesAPlace(DateTime now) => PlaceRules.TakesAPlace(Status, HeldUntil, now);
}
