using Microsoft.EntityFrameworkCore;
using Rempart.Data.Pricing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Invoicing;

/// <summary>What placing an order gave: the order, or errors keyed by product, choice group or "Donation" (and "" for the rest).</summary>
public sealed record PlaceOrderOutcome(Order? Order, IReadOnlyDictionary<string, string> Errors, StageMove? Advanced = null)
{
    public bool Succeeded => Order is not null;

    public static PlaceOrderOutcome Refused(string message) => new(null, new Dictionary<string, string> { [""] = message });
}

/// <summary>
/// Orders a registration's basket with the volunteer's choices: the lines and their reasons are
/// copied into the order, billed to the person placing it (the volunteer when staff place it). The
/// choices may change until a payment starts: the previous order is then marked replaced, never
/// deleted. Decided under the registration's lock, so two tabs never leave two orders in force.
/// An order that costs nothing confirms a complete registration at once (<see cref="Payments.SettleOrder"/>).
/// </summary>
public sealed class PlaceOrder(IDbContextFactory<RempartDbContext> contexts, Payments.SettleOrder settle, TimeProvider clock)
{
    public async Task<PlaceOrderOutcome> ExecuteAsync(Guid registrationId, BasketSelection selection, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RegistrationLock.LockAsync(db, registrationId, cancellationToken);
        var scope = await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken);
        if (scope is null || scope.Roles.Count == 0) return PlaceOrderOutcome.Refused("Cette inscription n'existe pas.");
        var current = await CurrentOrderQuery.ForAsync(db, registrationId, cancellationToken);
        if (OrderRules.Refuse(scope.Registration.Stage, current?.Started ?? false) is { } refusal) return PlaceOrderOutcome.Refused(refusal);

        var (basket, _) = await RegistrationBasketQuery.ForAsync(db, scope.Registration, cancellationToken);
        if (basket.Lines.Count == 0) return PlaceOrderOutcome.Refused("Cette session ne propose rien à commander.");
        var errors = basket.Check(selection);
        if (errors.Count > 0) return new PlaceOrderOutcome(null, errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var (billedTo, address) = await BillingAsync(db, scope, actor, cancellationToken);
        var order = Order.From(registrationId, basket.Items(selection), now, billedTo, address);
        if (current is not null)
        {
            var replaced = await db.Orders.FirstAsync(o => o.Id == current.Order.Id, cancellationToken);
            replaced.ReplacedAt = now;
        }
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Settled at once when it costs nothing; invoiced at once when the union invoices orders as they are placed.
        var settled = await settle.ExecuteAsync(order.Id, cancellationToken);
        return new PlaceOrderOutcome(order, new Dictionary<string, string>(), settled?.Advanced);
    }

    /// <summary>The person placing the order pays, with the address of their volunteer profile; staff and associations bill the volunteer.</summary>
    private static async Task<(string Name, string? Address)> BillingAsync(RempartDbContext db, RegistrationScope scope, Actor actor, CancellationToken cancellationToken)
    {
        var actsForVolunteer = scope.Roles.Contains(Domain.Registrations.StageActor.Volunteer) && actor.UserId != Guid.Empty;
        var profile = actsForVolunteer
            ? await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.UserId == actor.UserId, cancellationToken)
            : null;
        profile ??= await db.Volunteers.AsNoTracking().FirstAsync(v => v.Id == scope.Registration.VolunteerId, cancellationToken);
        if (actsForVolunteer && profile.UserId != actor.UserId) return (actor.Name, null);
        var lines = new[] { profile.Address, $"{profile.PostalCode} {profile.Commune}".Trim(), profile.Country }
            .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim());
        var address = string.Join("\n", lines);
        return ($"{profile.FirstName} {profile.LastName}", address.Length == 0 ? null : address);
    }
}
