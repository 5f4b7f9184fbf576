namespace Rempart.Domain.Programming;

public static class SiteRules
{
    public static IReadOnlyDictionary<string, string> Validate(Site site)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(site.Name))
            errors[nameof(Site.Name)] = "Indiquez le nom du site.";
        if (string.IsNullOrWhiteSpace(site.Commune))
            errors[nameof(Site.Commune)] = "Indiquez la commune.";
        if (string.IsNullOrWhiteSpace(site.Country))
            errors[nameof(Site.Country)] = "Indiquez le pays.";
        if (site.Latitude is < -90 or > 90)
            errors[nameof(Site.Latitude)] = "La latitude doit être comprise entre -90 et 90.";
        if (site.Longitude is < -180 or > 180)
            errors[nameof(Site.Longitude)] = "La longitude doit être comprise entre -180 et 180.";
        if (site.Latitude.HasValue != site.Longitude.HasValue)
            errors[site.Latitude.HasValue ? nameof(Site.Longitude) : nameof(Site.Latitude)] = "Indiquez la latitude et la longitude, ou aucune des deux.";
        if (site.Country == "France" && site.Postcode is { Length: > 0 } postcode && !IsFrenchPostcode(postcode))
            errors[nameof(Site.Postcode)] = "Un code postal français compte cinq chiffres.";
        if (site.AssociationId == Guid.Empty)
            errors[nameof(Site.AssociationId)] = "Choisissez l'association qui anime le site.";
        return errors;
    }

    private static bool IsFrenchPostcode(string postcode) => postcode.Length == 5 && postcode.All(char.IsAsciiDigit);
}
