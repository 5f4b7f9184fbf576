namespace Rempart.Domain.Programming;

public static class WorksiteRules
{
    public static IReadOnlyDictionary<string, string> Validate(Worksite worksite)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(worksite.Title))
            errors[nameof(Worksite.Title)] = "Indiquez l'intitulé du chantier.";
        if (worksite.SiteId == Guid.Empty)
            errors[nameof(Worksite.SiteId)] = "Choisissez le site du chantier.";
        if (worksite.AssociationId == Guid.Empty)
            errors[nameof(Worksite.AssociationId)] = "Choisissez l'association organisatrice.";
        return errors;
    }
}
