using Rempart.Domain.Volunteers;

namespace Rempart.Domain.Registrations;

/// <summary>What the registration form must contain: lengths whenever it is saved, completeness when it is sent.</summary>
public static class RegistrationFileRules
{
    public const int MotivationMinimum = 100;

    private static readonly (string Field, Func<RegistrationFileDraft, string?> Value, int Max)[] Lengths =
    [
        (nameof(RegistrationFileDraft.Address), d => d.Address, 300),
        (nameof(RegistrationFileDraft.PostalCode), d => d.PostalCode, 20),
        (nameof(RegistrationFileDraft.City), d => d.City, 120),
        (nameof(RegistrationFileDraft.Country), d => d.Country, 80),
        (nameof(RegistrationFileDraft.EmergencyContactName), d => d.EmergencyContactName, 200),
        (nameof(RegistrationFileDraft.Diet), d => d.Diet, 300),
        (nameof(RegistrationFileDraft.Languages), d => d.Languages, 300),
        (nameof(RegistrationFileDraft.Skills), d => d.Skills, 1000),
        (nameof(RegistrationFileDraft.Motivation), d => d.Motivation, 4000),
        (nameof(RegistrationFileDraft.GuardianName), d => d.GuardianName, 200),
    ];

    /// <summary>Checked at every save: a half-filled form is kept, a wrong one is not.</summary>
    public static Dictionary<string, string> ValidateDraft(RegistrationFileDraft draft)
    {
        var errors = new Dictionary<string, string>();
        foreach (var (field, value, max) in Lengths)
            if (value(draft)?.Trim().Length > max) errors[field] = $"{max} caractères au plus.";
        foreach (var (field, value) in new[] { (nameof(draft.Phone), draft.Phone), (nameof(draft.EmergencyContactPhone), draft.EmergencyContactPhone) })
            if (!string.IsNullOrWhiteSpace(value) && !VolunteerRules.IsPhone(value)) errors[field] = VolunteerRules.PhoneInvalid;
        return errors;
    }

    /// <summary>Checked when the form is sent: everything the organisers need, and the consents a minor's registration needs.</summary>
    /// <param name="draft">The form.</param>
    /// <param name="motivationRequired">The session asks for a motivation letter.</param>
    /// <param name="ageToday">The volunteer's age today, for consents.</param>
    /// <param name="missingDocuments">The required documents not sent (or sent and refused).</param>
    public static Dictionary<string, string> ValidateForSending(RegistrationFileDraft draft, bool motivationRequired, int ageToday, IReadOnlyList<string> missingDocuments)
    {
        var errors = ValidateDraft(draft);
        void Require(string field, string? value, string message)
        {
            if (string.IsNullOrWhiteSpace(value)) errors.TryAdd(field, message);
        }
        Require(nameof(draft.Address), draft.Address, "Indiquez l'adresse.");
        Require(nameof(draft.PostalCode), draft.PostalCode, "Indiquez le code postal.");
        Require(nameof(draft.City), draft.City, "Indiquez la ville.");
        Require(nameof(draft.EmergencyContactName), draft.EmergencyContactName, "Indiquez qui prévenir en cas d'urgence.");
        Require(nameof(draft.EmergencyContactPhone), draft.EmergencyContactPhone, "Indiquez le téléphone de la personne à prévenir.");
        if (motivationRequired && (draft.Motivation?.Trim().Length ?? 0) < MotivationMinimum)
            errors.TryAdd(nameof(draft.Motivation), $"Écrivez quelques lignes de motivation ({MotivationMinimum} caractères au moins).");
        foreach (var (field, message) in ConsentRules.Missing(ageToday, draft.GuardianName, draft.GuardianConsents, draft.MinorConsents))
            errors.TryAdd(field, message);
        if (missingDocuments.Count > 0) errors[""] = "Documents à envoyer : " + string.Join(", ", missingDocuments) + ".";
        return errors;
    }

}
