using System.Net.Mail;

namespace Rempart.Domain.Organisations;

/// <summary>What an organisation must be before it is saved; messages keyed by field, in French.</summary>
public static class OrganisationRules
{
    public const int NameMaxLength = 200;

    public static Dictionary<string, string> Validate(Organisation organisation)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(organisation.Name)) errors[nameof(Organisation.Name)] = "Indiquez le nom de l'organisation.";
        else if (organisation.Name.Trim().Length > NameMaxLength) errors[nameof(Organisation.Name)] = $"Le nom ne peut dépasser {NameMaxLength} caractères.";
        if (!string.IsNullOrWhiteSpace(organisation.Email) && !MailAddress.TryCreate(organisation.Email.Trim(), out _))
            errors[nameof(Organisation.Email)] = "Cette adresse e-mail n'est pas valide.";
        if (organisation.Departement is { Length: > 0 } dep && (dep.Length > 3 || !dep.All(char.IsLetterOrDigit)))
            errors[nameof(Organisation.Departement)] = "Indiquez le numéro du département (par exemple 89 ou 2A).";
        return errors;
    }
}
