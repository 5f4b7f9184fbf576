using Rempart.Domain.Places;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Pricing;

/// <summary>
/// The basket a registration is offered: the session's catalogue priced for its volunteer, as on
/// the day the registration was made (so a date-based rate stays the one they registered under).
/// </summary>
internal static class RegistrationBasketQuery
{
    public static async Task<(Basket Basket, PricingFacts Facts)> ForAsync(RempartDbContext db, Registration registration, CancellationToken cancellationToken)
    {
        var facts = await ReadPricingFacts.ReadAsync(db, registration.SessionId, registration.VolunteerId, registration.AllocationId, registration.RegisteredBy,
            DateOnly.FromDateTime(registration.CreatedAt), cancellationToken)
            ?? throw new InvalidOperationException("A registration's session and volunteer exist.");
        var catalogue = await PricingCatalogue.ReadAsync(db, registration.SessionId, cancellationToken);
        return (Basket.For(catalogue.Products, catalogue.Rules, facts), facts);
    }
}
