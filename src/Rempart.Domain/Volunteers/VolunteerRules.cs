using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Rempart.Domain.Volunteers;

/// <summary>What a volunteer's identity must be when someone registers them; messages keyed by field, in French.</summary>
public static partial class VolunteerRules
{
    public const string PhoneInvalid = "Ce numéro de téléphone n'est pas valide (chiffres, espaces, + et tirets).";

    /// <summary>A phone number as people type it: digits, spaces, dots and dashes, an optional leading +.</summary>
    public static bool IsPhone(string value) => Phone().IsMatch(value.Trim());

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{5,22}$")]
    private static partial Regex Phone();

    public static Dictionary<string, string> Validate(string? firstName, string? lastName, string? email, DateOnly? birthDate, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(firstName)) errors["FirstName"] = "Indiquez le prénom.";
        else if (firstName.Trim().Length > 100) errors["FirstName"] = "Le prénom ne peut dépasser 100 caractères.";
        if (string.IsNullOrWhiteSpace(lastName)) errors["LastName"] = "Indiquez le nom.";
        else if (lastName.Trim().Length > 100) errors["LastName"] = "Le nom ne peut dépasser 100 caractères.";
        if (string.IsNullOrWhiteSpace(email)) errors["Email"] = "Indiquez l'adresse e-mail.";
        else if (!MailAddress.TryCreate(email.Trim(), out var address) || address.Address != email.Trim() || !email.Contains('.', StringComparison.Ordinal))
            errors["Email"] = "Cette adresse e-mail n'est pas valide.";
        if (birthDate is not { } born) errors["BirthDate"] = "Indiquez la date de naissance.";
        else if (born > today || born < today.AddYears(-110)) errors["BirthDate"] = "Cette date de naissance n'est pas plausible.";
        return errors;
    }
}
