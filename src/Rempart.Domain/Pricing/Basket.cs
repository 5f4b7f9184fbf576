namespace Rempart.Domain.Pricing;

/// <summary>What the volunteer picked: optional products, one product per choice group, a donation amount.</summary>
public sealed record BasketSelection(IReadOnlySet<Guid> Optional, IReadOnlyDictionary<string, Guid> Choices, decimal? Donation)
{
    public static BasketSelection Nothing { get; } = new(new HashSet<Guid>(), new Dictionary<string, Guid>(), null);
}

/// <summary>A chosen line with its amount.</summary>
public sealed record BasketItem(PriceLine Line, decimal Amount);

/// <summary>
/// The products a session offers one volunteer, each with its price and why: the mandatory ones,
/// the optional ones, and the "choose one" groups. <see cref="Check"/> validates a selection and
/// <see cref="Items"/> gives what it costs.
/// </summary>
public sealed class Basket
{
    private Basket(IReadOnlyList<PriceLine> lines) => Lines = lines;

    public IReadOnlyList<PriceLine> Lines { get; }

    /// <summary>The active products of every session and of this one, in their order, that have a price for this volunteer.</summary>
    public static Basket For(IEnumerable<Product> products, IEnumerable<PriceRule> rules, PricingFacts facts)
    {
        var ruleList = rules.ToList();
        return new Basket(products
            .Where(p => p.Active && (p.SessionId is null || p.SessionId == facts.SessionId))
            .OrderBy(p => p.Position).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => PriceCalculator.PriceOf(p, ruleList, facts))
            .OfType<PriceLine>()
            .ToList());
    }

    public IEnumerable<PriceLine> Mandatory => Lines.Where(l => l.Product.Mandatory && l.Product.ChoiceGroup is null);

    public IEnumerable<PriceLine> Optional => Lines.Where(l => !l.Product.Mandatory && l.Product.ChoiceGroup is null);

    public IEnumerable<IGrouping<string, PriceLine>> ChoiceGroups => Lines.Where(l => l.Product.ChoiceGroup is not null).GroupBy(l => l.Product.ChoiceGroup!);

    /// <summary>Errors keyed by product or group, in French; empty when the selection can be ordered.</summary>
    public Dictionary<string, string> Check(BasketSelection selection)
    {
        var errors = new Dictionary<string, string>();
        foreach (var id in selection.Optional.Where(id => Optional.All(l => l.Product.Id != id)))
            errors[id.ToString()] = "Ce produit n'est pas proposé pour cette inscription.";
        foreach (var group in ChoiceGroups)
        {
            var mandatory = group.Any(l => l.Product.Mandatory);
            if (!selection.Choices.TryGetValue(group.Key, out var chosen))
            {
                if (mandatory) errors[group.Key] = $"Choisissez une option : {group.Key}.";
            }
            else if (group.All(l => l.Product.Id != chosen)) errors[group.Key] = "Cette option n'est pas proposée pour cette inscription.";
        }
        foreach (var choice in selection.Choices.Keys.Where(k => ChoiceGroups.All(g => g.Key != k)))
            errors[choice] = "Cette option n'est pas proposée pour cette inscription.";
        var donation = Lines.FirstOrDefault(l => l.Product.Kind == ProductKind.Donation);
        if (selection.Donation is { } amount && amount != 0)
        {
            if (donation is null) errors["Donation"] = "Cette session ne propose pas de don.";
            else if (amount != Money.Round(amount)) errors["Donation"] = "Indiquez un montant en euros et centimes.";
            else if (amount < (donation.Product.MinimumAmount ?? 0) || amount > (donation.Product.MaximumAmount ?? decimal.MaxValue))
                errors["Donation"] = $"Le don va de {Money.Format(donation.Product.MinimumAmount ?? 0)} à {Money.Format(donation.Product.MaximumAmount ?? 0)}.";
        }
        return errors;
    }

    /// <summary>The lines a valid selection orders, with their amounts.</summary>
    public IReadOnlyList<BasketItem> Items(BasketSelection selection)
    {
        var items = new List<BasketItem>();
        foreach (var line in Lines)
        {
            var product = line.Product;
            if (product.Kind == ProductKind.Donation)
            {
                if (selection.Donation is { } amount && amount > 0) items.Add(new BasketItem(line, Money.Round(amount)));
                continue;
            }
            var chosen = product.ChoiceGroup is { } group
                ? selection.Choices.TryGetValue(group, out var id) && id == product.Id
                : product.Mandatory || selection.Optional.Contains(product.Id);
            if (chosen) items.Add(new BasketItem(line, line.Price));
        }
        return items;
    }

    public static decimal Total(IEnumerable<BasketItem> items) => Money.Round(items.Sum(i => i.Amount));
}
