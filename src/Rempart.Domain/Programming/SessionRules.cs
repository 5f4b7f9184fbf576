namespace Rempart.Domain.Programming;

/// <summary>The checks every session must pass before it is saved, as French messages per field.</summary>
public static class SessionRules
{
    public static IReadOnlyDictionary<string, string> Validate(Session session)
    {
        var errors = new Dictionary<string, string>();
        if (session.EndDate <= session.StartDate)
            errors[nameof(Session.EndDate)] = "La date de fin doit être postérieure à la date de début.";
        if (session.Capacity < 1)
            errors[nameof(Session.Capacity)] = "La capacité doit être d'au moins une place.";
        if (session.MinimumAge < 0)
            errors[nameof(Session.MinimumAge)] = "L'âge minimum ne peut pas être négatif.";
        if (session.MaximumAge is { } max && max < session.MinimumAge)
            errors[nameof(Session.MaximumAge)] = "L'âge maximum doit être supérieur ou égal à l'âge minimum.";
        return errors;
    }

    /// <summary>Two date ranges overlap when each starts before the other ends (end dates are departure days).</summary>
    public static bool Overlaps(Session a, Session b) =>
        a.StartDate < b.EndDate && b.StartDate < a.EndDate;
}
