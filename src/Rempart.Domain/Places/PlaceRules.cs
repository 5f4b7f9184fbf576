namespace Rempart.Domain.Places;

public enum HoldRefusal
{
    SessionFull,
    AllocationFull,
    NotAllowed,
    AgeOutOfRange,
    AlreadyRegistered,
    RegistrationClosed,
    UnknownSession,
}

/// <summary>
/// The arithmetic of places. A registration takes a place while it is confirmed, or held and its
/// hold has not run out. Taken places never exceed an allocation's size, the open pool never
/// exceeds capacity minus the allocations, so the session never exceeds its capacity.
/// </summary>
public static class PlaceRules
{
    public static bool TakesAPlace(RegistrationStatus status, DateTime? heldUntil, DateTime now) =>
        status == RegistrationStatus.Confirmed || (status == RegistrationStatus.Held && heldUntil > now);

    /// <summary>May one more registration take a place, in this allocation (or the open pool when null)?</summary>
    public static HoldRefusal? CanTake(int capacity, IReadOnlyList<AllocationUse> allocations, int openPoolUsed, Guid? allocationId)
    {
        if (allocationId is { } id)
        {
            var allocation = allocations.FirstOrDefault(a => a.AllocationId == id);
            return allocation is null ? HoldRefusal.NotAllowed : allocation.Used < allocation.Size ? null : HoldRefusal.AllocationFull;
        }
        var openPool = capacity - allocations.Sum(a => a.Size);
        return openPoolUsed < openPool ? null : HoldRefusal.SessionFull;
    }

    /// <summary>
    /// Checks a session's allocations before they are saved: sizes never below what is already
    /// taken in them, and their total plus the open pool's taken places within capacity.
    /// </summary>
    public static Dictionary<string, string> ValidateAllocations(int capacity, IReadOnlyList<AllocationUse> allocations, int openPoolUsed)
    {
        var errors = new Dictionary<string, string>();
        foreach (var allocation in allocations)
        {
            if (allocation.Size < 0) errors[allocation.AllocationId.ToString()] = "Le nombre de places ne peut pas être négatif.";
            else if (allocation.Size < allocation.Used)
                errors[allocation.AllocationId.ToString()] = $"{allocation.Used} place(s) sont déjà prises dans cette réservation : elle ne peut pas descendre en dessous.";
        }
        var total = allocations.Sum(a => a.Size);
        if (total + openPoolUsed > capacity)
            errors[""] = openPoolUsed == 0
                ? $"Les réservations totalisent {total} places pour une capacité de {capacity}."
                : $"Les réservations totalisent {total} places, et {openPoolUsed} place(s) sont déjà prises hors réservation, pour une capacité de {capacity}.";
        return errors;
    }

    /// <summary>Age limits apply to the volunteer's age on the session's first day.</summary>
    public static bool AgeAllowed(DateOnly birthDate, DateOnly sessionStart, int minimumAge, int? maximumAge)
    {
        var age = Registrations.Age.On(birthDate, sessionStart);
        return age >= minimumAge && (maximumAge is null || age <= maximumAge);
    }

    public static string Describe(HoldRefusal refusal) => refusal switch
    {
        HoldRefusal.SessionFull => "Il n'y a plus de place libre dans cette session.",
        HoldRefusal.AllocationFull => "Toutes les places réservées à votre structure sont prises.",
        HoldRefusal.NotAllowed => "Vous ne pouvez pas inscrire dans ces places.",
        HoldRefusal.AgeOutOfRange => "L'âge du volontaire au premier jour de la session ne correspond pas aux limites de la session.",
        HoldRefusal.AlreadyRegistered => "Ce volontaire est déjà inscrit à cette session.",
        HoldRefusal.RegistrationClosed => "Les inscriptions à cette session ne sont pas ouvertes.",
        _ => "Cette session n'existe plus.",
    };
}
