using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Pricing;

/// <summary>The catalogue, as staff configure it and as baskets read it.</summary>
public sealed record Catalogue(IReadOnlyList<Product> Products, IReadOnlyList<PriceRule> Rules);

/// <summary>
/// Reads and changes the catalogue: products and their price rules. Changing it needs
/// pricing.manage; a change never alters what an order already recorded (orders copy their lines).
/// </summary>
public sealed class PricingCatalogue(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<Catalogue> ReadAsync(Guid? sessionId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, sessionId, cancellationToken);
    }

    /// <summary>The generic products and rules, and those of one session; inside the caller's context.</summary>
    internal static async Task<Catalogue> ReadAsync(RempartDbContext db, Guid? sessionId, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => p.SessionId == null || p.SessionId == sessionId).ToListAsync(cancellationToken);
        var ids = products.Select(p => p.Id).ToList();
        var rules = await db.PriceRules.AsNoTracking().Where(r => ids.Contains(r.ProductId) && (r.SessionId == null || r.SessionId == sessionId)).ToListAsync(cancellationToken);
        return new Catalogue(products.OrderBy(p => p.Position).ThenBy(p => p.Name, StringComparer.Ordinal).ToList(), rules);
    }

    /// <summary>Creates or updates a product; errors keyed by field.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveProductAsync(Product product, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.PricingManage)) return Refused("Vous n'avez pas le droit de configurer les tarifs.");
        var errors = PricingRules.Validate(product);
        if (errors.Count > 0) return errors;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (product.SessionId is { } session && !await db.Sessions.AnyAsync(s => s.Id == session, cancellationToken)) return Refused("Cette session n'existe plus.");
        product.Name = product.Name.Trim();
        product.ChoiceGroup = string.IsNullOrWhiteSpace(product.ChoiceGroup) ? null : product.ChoiceGroup.Trim();
        product.Account = string.IsNullOrWhiteSpace(product.Account) ? null : product.Account.Trim();
        if (product.Kind != ProductKind.Donation) (product.MinimumAmount, product.MaximumAmount) = (null, null);
        var existing = await db.Products.FirstOrDefaultAsync(p => p.Id == product.Id, cancellationToken);
        if (existing is null) db.Products.Add(product);
        else db.Entry(existing).CurrentValues.SetValues(product);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Creates or updates a price rule; the fields its condition does not use are cleared.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveRuleAsync(PriceRule rule, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.PricingManage)) return Refused("Vous n'avez pas le droit de configurer les tarifs.");
        var errors = PricingRules.Validate(rule);
        if (errors.Count > 0) return errors;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Products.AnyAsync(p => p.Id == rule.ProductId, cancellationToken)) return Refused("Ce produit n'existe plus.");
        rule.Label = rule.Label.Trim();
        if (rule.Condition != PriceCondition.AgeBand) (rule.MinimumAge, rule.MaximumAge) = (null, null);
        if (rule.Condition != PriceCondition.DateWindow) (rule.From, rule.Until) = (null, null);
        var existing = await db.PriceRules.FirstOrDefaultAsync(r => r.Id == rule.Id, cancellationToken);
        if (existing is null)
        {
            rule.CreatedAt = clock.GetUtcNow().UtcDateTime;
            db.PriceRules.Add(rule);
        }
        else
        {
            rule.CreatedAt = existing.CreatedAt;
            db.Entry(existing).CurrentValues.SetValues(rule);
        }
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task<string?> DeleteRuleAsync(Guid ruleId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.PricingManage)) return "Vous n'avez pas le droit de configurer les tarifs.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PriceRules.Where(r => r.Id == ruleId).ExecuteDeleteAsync(cancellationToken) == 1 ? null : "Ce tarif n'existe plus.";
    }

    private static Dictionary<string, string> Refused(string message) => new() { [""] = message };
}
