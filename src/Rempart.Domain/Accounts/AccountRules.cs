using System.Net.Mail;
using Rempart.Domain.Organisations;

namespace Rempart.Domain.Accounts;

/// <summary>What an account must be before an administrator saves it; messages keyed by field, in French.</summary>
public static class AccountRules
{
    public const int DisplayNameMaxLength = 200;

    public static Dictionary<string, string> Validate(string? email, string? displayName, IReadOnlySet<ProfileKind> kinds, OrganisationKind? organisation)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(email)) errors["Email"] = "Indiquez l'adresse e-mail.";
        else if (!IsEmail(email.Trim())) errors["Email"] = "Cette adresse e-mail n'est pas valide.";
        if (string.IsNullOrWhiteSpace(displayName)) errors["DisplayName"] = "Indiquez le nom de la personne.";
        else if (displayName.Trim().Length > DisplayNameMaxLength) errors["DisplayName"] = $"Le nom ne peut dépasser {DisplayNameMaxLength} caractères.";
        // A manager or a partner acts for one organisation: without it, their space would show nothing, or everything.
        if (kinds.Contains(ProfileKind.AssociationManager) && organisation != OrganisationKind.MemberAssociation)
            errors["OrganisationId"] = "Un responsable d'association doit être rattaché à une association membre.";
        else if (kinds.Contains(ProfileKind.Partner) && organisation is not (OrganisationKind.ForeignPartner or OrganisationKind.SocialStructure))
            errors["OrganisationId"] = "Un partenaire doit être rattaché à une structure partenaire.";
        return errors;
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
