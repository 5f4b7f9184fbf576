using System.Globalization;

namespace Rempart.Domain.Pricing;

/// <summary>A product's price for one volunteer, why, and the other prices that matched but lost.</summary>
public sealed record PriceLine(Product Product, decimal Price, PriceRule? Rule, string Why, IReadOnlyList<string> NotApplied);

/// <summary>
/// Prices a product for a volunteer. Of the rules that apply (the product's, for every session or
/// this one, for every volunteer or their category, whose condition holds), the winner is, in order:
/// <list type="number">
/// <item>a rule of this session before a rule of every session;</item>
/// <item>a rule of the volunteer's category before a rule of every volunteer;</item>
/// <item>a conditional (automatic) rule before an unconditional one;</item>
/// <item>the lowest price (a volunteer matching several automatic rates gets the best);</item>
/// <item>the oldest rule, so that the answer never changes between two computations.</item>
/// </list>
/// A product without any applicable rule has no price for this volunteer and is not offered.
/// A donation has no rule: the volunteer chooses its amount within the product's bounds.
/// </summary>
public static class PriceCalculator
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static PriceLine? PriceOf(Product product, IEnumerable<PriceRule> rules, PricingFacts facts)
    {
        if (product.Kind == ProductKind.Donation)
            return new PriceLine(product, 0, null, $"montant libre, de {Money.Format(product.MinimumAmount ?? 0)} à {Money.Format(product.MaximumAmount ?? 0)}", []);
        var matching = InOrderOfPrecedence(rules
                .Where(r => r.ProductId == product.Id && (r.SessionId is null || r.SessionId == facts.SessionId) && (r.Category is null || r.Category == facts.Category)))
            .Select(r => (Rule: r, Reason: Reason(r, facts)))
            .Where(m => m.Reason is not null)
            .ToList();
        if (matching.Count == 0) return null;
        var (winner, why) = matching[0];
        return new PriceLine(product, Money.Round(winner.Price), winner, why!,
            matching.Skip(1).Select(m => $"{m.Reason} : {Money.Format(m.Rule.Price)}").ToList());
    }

    /// <summary>Rules in the order they win when several apply (see the class summary): the one order, for prices and for lists.</summary>
    public static IOrderedEnumerable<PriceRule> InOrderOfPrecedence(IEnumerable<PriceRule> rules) => rules
        .OrderBy(r => r.SessionId is null)
        .ThenBy(r => r.Category is null)
        .ThenBy(r => r.Condition == PriceCondition.None)
        .ThenBy(r => r.Price)
        .ThenBy(r => r.CreatedAt)
        .ThenBy(r => r.Id);

    /// <summary>Why this rule applies to these facts, in French; null when it does not.</summary>
    public static string? Reason(PriceRule rule, PricingFacts facts)
    {
        var label = rule.Label.Trim();
        var scope = (rule.SessionId is null ? "" : ", prix de cette session") + (rule.Category is { } category ? $", {CategoryLabel(category)}" : "");
        string? reason = rule.Condition switch
        {
            PriceCondition.None => label,
            PriceCondition.ReturningVolunteer => facts.PreviousSeason is { } past && past.Season == facts.Season - 1
                ? $"{label} {facts.Season} : a participé à {past.Site} en {past.Season}" : null,
            PriceCondition.AgeBand => (rule.MinimumAge is null || facts.AgeAtStart >= rule.MinimumAge) && (rule.MaximumAge is null || facts.AgeAtStart <= rule.MaximumAge)
                ? $"{label} : {facts.AgeAtStart} ans au premier jour ({AgeBand(rule)})" : null,
            PriceCondition.GroupRegistration => facts.ByGroupManager ? $"{label} : inscription par un responsable de groupe" : null,
            PriceCondition.DateWindow => (rule.From is null || facts.RegisteredOn >= rule.From) && (rule.Until is null || facts.RegisteredOn <= rule.Until)
                ? $"{label} : inscription le {facts.RegisteredOn.ToString("dd/MM/yyyy", French)} ({DateWindow(rule)})" : null,
            _ => null,
        };
        return reason is null ? null : reason + scope;
    }

    public static string CategoryLabel(VolunteerCategory category) => category switch
    {
        VolunteerCategory.SocialStructure => "structure sociale",
        VolunteerCategory.InternationalVolunteer => "volontaire international",
        VolunteerCategory.MemberAssociation => "association membre",
        _ => "volontaire individuel",
    };

    private static string AgeBand(PriceRule rule) => (rule.MinimumAge, rule.MaximumAge) switch
    {
        ({ } min, { } max) => $"de {min} à {max} ans",
        ({ } min, null) => $"{min} ans et plus",
        (null, { } max) => $"jusqu'à {max} ans",
        _ => "tout âge",
    };

    private static string DateWindow(PriceRule rule) => (rule.From, rule.Until) switch
    {
        ({ } from, { } until) => $"du {from.ToString("dd/MM/yyyy", French)} au {until.ToString("dd/MM/yyyy", French)}",
        ({ } from, null) => $"à partir du {from.ToString("dd/MM/yyyy", French)}",
        (null, { } until) => $"jusqu'au {until.ToString("dd/MM/yyyy", French)}",
        _ => "toute l'année",
    };
}
