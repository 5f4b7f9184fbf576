using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Pricing;
using Rempart.Domain.Programming;

namespace Rempart.Data.PublicApi;

/// <summary>A photo as the website shows it: its description for screen readers and absolute URLs of its original and its sizes.</summary>
public sealed record PublicPhoto(Guid Id, string AltText, bool IsCover, string Original, string Thumbnail, string Medium, string Large);

/// <summary>One price of a product, with the condition under which it applies (in the catalogue's words).</summary>
public sealed record PublicRate(string Label, decimal Amount, string? Category, string Condition, int? MinimumAge, int? MaximumAge, DateOnly? From, DateOnly? Until);

/// <summary>A product of the catalogue a volunteer of this session pays or may add (donations excepted: the volunteer chooses them).</summary>
public sealed record PublicPrice(string Product, string Kind, bool Mandatory, IReadOnlyList<PublicRate> Rates);

/// <summary>The parts the public sessions, worksites and sites share: photos and prices, each read in one query for a whole page.</summary>
internal static class PublicProgrammeParts
{
    public static async Task<ILookup<Guid, PublicPhoto>> PhotosAsync(RempartDbContext db, IReadOnlyCollection<Guid> owners, string baseUrl, CancellationToken cancellationToken) =>
        (await db.Photos.AsNoTracking().Where(p => owners.Contains(p.OwnerId)).OrderBy(p => p.Position).ToListAsync(cancellationToken))
            .ToLookup(p => p.OwnerId, p => new PublicPhoto(p.Id, p.AltText, p.IsCover, PhotoSizes.Url(baseUrl, p.Id),
                PhotoSizes.Url(baseUrl, p.Id, PhotoSize.Thumbnail), PhotoSizes.Url(baseUrl, p.Id, PhotoSize.Medium), PhotoSizes.Url(baseUrl, p.Id, PhotoSize.Large)));

    /// <summary>For each session: the active products it may sell (generic or its own) with their rates, and the lowest total of the mandatory ones ("from").</summary>
    public static async Task<Dictionary<Guid, (IReadOnlyList<PublicPrice> Prices, decimal? From)>> PricesAsync(
        RempartDbContext db, IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(p => p.Active && p.Kind != ProductKind.Donation && (p.SessionId == null || sessionIds.Contains(p.SessionId.Value)))
            .ToListAsync(cancellationToken);
        var productIds = products.Select(p => p.Id).ToList();
        var rules = await db.PriceRules.AsNoTracking()
            .Where(r => productIds.Contains(r.ProductId) && (r.SessionId == null || sessionIds.Contains(r.SessionId.Value)))
            .ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, (IReadOnlyList<PublicPrice>, decimal?)>();
        foreach (var session in sessionIds)
        {
            var prices = new List<PublicPrice>();
            foreach (var product in products.Where(p => p.SessionId == null || p.SessionId == session).OrderBy(p => p.Position).ThenBy(p => p.Name, StringComparer.Ordinal))
            {
                var rates = rules.Where(r => r.ProductId == product.Id && (r.SessionId == null || r.SessionId == session))
                    .OrderBy(r => r.Price).ThenBy(r => r.Label, StringComparer.Ordinal)
                    .Select(r => new PublicRate(r.Label, r.Price, r.Category?.ToString(), r.Condition.ToString(), r.MinimumAge, r.MaximumAge, r.From, r.Until))
                    .ToList();
                if (rates.Count > 0) prices.Add(new PublicPrice(product.Name, product.Kind.ToString(), product.Mandatory, rates));
            }
            result[session] = (prices, PricingRules.PriceFrom(prices.Select(p => (p.Mandatory, (IReadOnlyCollection<decimal>)p.Rates.Select(r => r.Amount).ToList()))));
        }
        return result;
    }
}
