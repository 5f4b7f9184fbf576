namespace Rempart.Domain.Programming;

/// <summary>The checks every session must pass before it is saved, as French messages per field.</summary>
public static class SessionRules
{
    public const int OldestAge = 99;

    public static IReadOnlyDictionary<string, string> Validate(Session session)
    {
        var errors = new Dictionary<string, string>();
        if (session.EndDate <= session.StartDate)
            errors[nameof(Session.EndDate)] = "La date de fin doit être postérieure à la date de début.";
        if (session.Capacity < 1)
            errors[nameof(Session.Capacity)] = "La capacité doit être d'au moins une place.";
        if (session.MinimumAge is < 0 or > OldestAge)
            errors[nameof(Session.MinimumAge)] = $"L'âge minimum doit être compris entre 0 et {OldestAge} ans.";
        if (session.MaximumAge is { } max && (max < session.MinimumAge || max > OldestAge))
            errors[nameof(Session.MaximumAge)] = "L'âge maximum doit être supérieur ou égal à l'âge minimum.";
        if (session.RegistrationCloses is { } closes && closes >= session.StartDate)
            errors[nameof(Session.RegistrationCloses)] = "La clôture des inscriptions doit précéder le début de la session.";
        if (session.RegistrationOpens is { } opens && session.RegistrationCloses is { } close && opens > close)
            errors[nameof(Session.RegistrationOpens)] = "L'ouverture des inscriptions doit précéder leur clôture.";
        else if (session.RegistrationOpens is { } open && open >= session.StartDate)
            errors[nameof(Session.RegistrationOpens)] = "L'ouverture des inscriptions doit précéder le début de la session.";
        return errors;
    }

    /// <summary>Two stays overlap when each starts before the other ends: leaving on the day another arrives is fine.</summary>
    public static bool Overlaps(DateOnly startA, DateOnly endA, DateOnly startB, DateOnly endB) =>
        startA < endB && startB < endA;

    public static bool Overlaps(Session a, Session b) => Overlaps(a.StartDate, a.EndDate, b.StartDate, b.EndDate);
}
