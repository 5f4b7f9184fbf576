namespace Rempart.Domain.Registrations;

/// <summary>Where a volunteer's registration stands, from the first form to the end of the session.</summary>
public enum RegistrationStage
{
    PreRegistered,
    UnderReview,
    Accepted,
    Refused,
    AwaitingDocuments,
    AwaitingPayment,
    Confirmed,
    CancelledByVolunteer,
    CancelledByStaff,
    Attended,
    NoShow,
}

/// <summary>Who asks for a change: the volunteer (or whoever registers or manages them), the organising association, the union's staff, or Rempart itself (jobs, payments).</summary>
public enum StageActor
{
    Volunteer,
    Organiser,
    Staff,
    System,
}

/// <summary>What the guards of the lifecycle need to know about the registration at the moment of the change.</summary>
public sealed record RegistrationFacts(bool DocumentsComplete, bool Paid, bool NothingToPay, bool SessionStarted)
{
    public static RegistrationFacts None { get; } = new(false, false, false, false);
}

/// <summary>One recorded change: from, to, when, by whom, why.</summary>
public sealed record StageChange(RegistrationStage From, RegistrationStage To, DateTime At, string By, string? Reason);
