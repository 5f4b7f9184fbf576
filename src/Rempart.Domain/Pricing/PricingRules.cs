namespace Rempart.Domain.Pricing;

/// <summary>What a product and a price rule must be before they are saved; messages keyed by field, in French.</summary>
public static partial class PricingRules
{
    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{3,12}$")]
    private static partial System.Text.RegularExpressions.Regex AccountNumber();

    public const decimal MaximumPrice = 100_000m;

    /// <summary>
    /// The "from" price the website shows: the cheapest rate of each mandatory product, summed;
    /// null when nothing is mandatory. Optional products and donations are the volunteer's choice.
    /// </summary>
    public static decimal? PriceFrom(IEnumerable<(bool Mandatory, IReadOnlyCollection<decimal> Rates)> products)
    {
        var mandatory = products.Where(p => p.Mandatory && p.Rates.Count > 0).ToList();
        return mandatory.Count == 0 ? null : mandatory.Sum(p => p.Rates.Min());
    }

    public static Dictionary<string, string> Validate(Product product)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(product.Name)) errors[nameof(product.Name)] = "Indiquez le nom du produit.";
        else if (product.Name.Trim().Length > 120) errors[nameof(product.Name)] = "120 caractères au plus.";
        if (product.ChoiceGroup?.Trim().Length > 80) errors[nameof(product.ChoiceGroup)] = "80 caractères au plus.";
        if (!string.IsNullOrWhiteSpace(product.Account) && !AccountNumber().IsMatch(product.Account.Trim()))
            errors[nameof(product.Account)] = "Un numéro de compte de 3 à 12 chiffres (par exemple 706100), ou rien pour le compte de son type.";
        if (product.Kind == ProductKind.Donation)
        {
            if (product.MinimumAmount is not { } min || min < 0) errors[nameof(product.MinimumAmount)] = "Indiquez le don minimum (0 ou plus).";
            if (product.MaximumAmount is not { } max || max > MaximumPrice) errors[nameof(product.MaximumAmount)] = $"Indiquez le don maximum ({Money.Format(MaximumPrice)} au plus).";
            else if (product.MinimumAmount is { } low && low > max) errors[nameof(product.MaximumAmount)] = "Le maximum ne peut être inférieur au minimum.";
            if (product.Mandatory) errors[nameof(product.Mandatory)] = "Un don ne peut pas être obligatoire.";
        }
        return errors;
    }

    public static Dictionary<string, string> Validate(PriceRule rule)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(rule.Label)) errors[nameof(rule.Label)] = "Donnez un nom au tarif : il est montré au volontaire.";
        else if (rule.Label.Trim().Length > 120) errors[nameof(rule.Label)] = "120 caractères au plus.";
        if (rule.Price < 0) errors[nameof(rule.Price)] = "Un prix ne peut pas être négatif.";
        else if (rule.Price > MaximumPrice) errors[nameof(rule.Price)] = $"{Money.Format(MaximumPrice)} au plus.";
        else if (rule.Price != Money.Round(rule.Price)) errors[nameof(rule.Price)] = "Indiquez un prix en euros et centimes.";
        switch (rule.Condition)
        {
            case PriceCondition.AgeBand when rule.MinimumAge is null && rule.MaximumAge is null:
                errors[nameof(rule.MinimumAge)] = "Indiquez un âge minimum, un âge maximum ou les deux.";
                break;
            case PriceCondition.AgeBand when rule.MinimumAge > rule.MaximumAge:
                errors[nameof(rule.MaximumAge)] = "L'âge maximum ne peut être inférieur à l'âge minimum.";
                break;
            case PriceCondition.DateWindow when rule.From is null && rule.Until is null:
                errors[nameof(rule.From)] = "Indiquez une date de début, de fin ou les deux.";
                break;
            case PriceCondition.DateWindow when rule.From > rule.Until:
                errors[nameof(rule.Until)] = "La fin ne peut précéder le début.";
                break;
        }
        if (rule.MinimumAge is < 0 or > 120 || rule.MaximumAge is < 0 or > 120) errors.TryAdd(nameof(rule.MinimumAge), "Un âge va de 0 à 120 ans.");
        return errors;
    }
}
