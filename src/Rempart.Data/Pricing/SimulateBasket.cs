using Rempart.Domain.Accounts;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Pricing;

/// <summary>The price simulator: the basket a session would offer a volunteer today, every price with its reason.</summary>
public sealed class SimulateBasket(PricingCatalogue catalogue, ReadPricingFacts facts)
{
    public async Task<(Basket? Basket, PricingFacts? Facts, string? Refusal)> ExecuteAsync(Guid sessionId, Guid volunteerId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsStaff) return (null, null, "Le simulateur est réservé au personnel de l'Union.");
        var read = await facts.ExecuteAsync(sessionId, volunteerId, null, null, cancellationToken);
        if (read is null) return (null, null, "Cette session ou ce volontaire n'existe plus.");
        var current = await catalogue.ReadAsync(sessionId, cancellationToken);
        return (Basket.For(current.Products, current.Rules, read), read, null);
    }
}
