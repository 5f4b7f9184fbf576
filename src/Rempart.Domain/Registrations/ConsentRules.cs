namespace Rempart.Domain.Registrations;

/// <summary>
/// Consent to the processing of a minor's data (French law: a minor consents alone from 15; under 15,
/// the holder of parental authority and the minor together). Rempart asks a parent or legal guardian
/// of every minor, and the minor too when under 15.
/// </summary>
public static class ConsentRules
{
    public static bool GuardianRequired(int ageToday) => ageToday < 18;

    public static bool MinorRequired(int ageToday) => ageToday < 15;

    /// <summary>The consents missing, keyed by field, in French; empty when none is.</summary>
    public static Dictionary<string, string> Missing(int ageToday, string? guardianName, bool guardianConsented, bool minorConsented)
    {
        var errors = new Dictionary<string, string>();
        if (!GuardianRequired(ageToday)) return errors;
        if (string.IsNullOrWhiteSpace(guardianName)) errors["GuardianName"] = "Indiquez le nom du parent ou du représentant légal.";
        if (!guardianConsented) errors["GuardianConsents"] = "Le parent ou représentant légal doit donner son accord.";
        if (MinorRequired(ageToday) && !minorConsented) errors["MinorConsents"] = "Avant 15 ans, le ou la jeune donne aussi son accord, avec son représentant légal.";
        return errors;
    }
}
