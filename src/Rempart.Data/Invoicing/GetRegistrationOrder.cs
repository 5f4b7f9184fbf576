using Microsoft.EntityFrameworkCore;
using Rempart.Data.Pricing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Invoicing;

/// <summary>
/// The price step of a registration as one entitled to see it sees it: the basket offered (every
/// price with why), the order in force with its payments and balance, the invoices and receipts
/// issued, and whether the choices may still change.
/// </summary>
public sealed record RegistrationOrderView(
    Guid RegistrationId, Basket Basket, Order? Order, IReadOnlyList<Payment> Payments, IReadOnlyList<Refund> Refunds, Balance? Balance,
    IReadOnlyList<Invoice> Documents, bool MayOrder, string? WhyNot, bool MayRecordPayment, bool MayPay, bool MayRefund)
{
    /// <summary>What is left to give back on a payment.</summary>
    public decimal Refundable(Payment payment) => RefundRules.Refundable(payment, Refunds);

    /// <summary>The choices of the order in force, to start the form from.</summary>
    public BasketSelection Selection => Order is null
        ? BasketSelection.Nothing
        : new BasketSelection(
            Order.Lines.Where(l => l.ProductId is { } id && Basket.Optional.Any(o => o.Product.Id == id)).Select(l => l.ProductId!.Value).ToHashSet(),
            Basket.ChoiceGroups.SelectMany(g => g).Where(l => Order.Lines.Any(o => o.ProductId == l.Product.Id))
                .ToDictionary(l => l.Product.ChoiceGroup!, l => l.Product.Id),
            Order.Lines.Where(l => l.Kind == ProductKind.Donation).Select(l => (decimal?)l.Amount).FirstOrDefault());
}

public sealed class GetRegistrationOrder(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<RegistrationOrderView?> ExecuteAsync(Guid registrationId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken);
        if (scope is null) return null;
        var (basket, _) = await RegistrationBasketQuery.ForAsync(db, scope.Registration, cancellationToken);
        var current = await CurrentOrderQuery.ForAsync(db, registrationId, cancellationToken);
        var orderIds = await db.Orders.Where(o => o.RegistrationId == registrationId).Select(o => o.Id).ToListAsync(cancellationToken);
        var documents = await db.Invoices.AsNoTracking().Where(i => orderIds.Contains(i.OrderId)).OrderBy(i => i.IssuedAt).ToListAsync(cancellationToken);
        var whyNot = scope.Roles.Count == 0 ? "" : OrderRules.Refuse(scope.Registration.Stage, current?.Started ?? false);
        var mayRecord = FinanceAccess.MayHandleMoney(actor) && current is { Balance.Due: > 0 }
            && !RegistrationLifecycle.IsClosed(scope.Registration.Stage);
        // The volunteer's side pays what is due, from acceptance on (even before the file is complete).
        var mayPay = scope.Roles.Contains(StageActor.Volunteer) && current is { Balance.Due: > 0 }
            && (OrderRules.MayOrder(scope.Registration.Stage) || scope.Registration.Stage == RegistrationStage.Confirmed);
        return new RegistrationOrderView(registrationId, basket, current?.Order, current?.Payments ?? [], current?.Refunds ?? [], current?.Balance,
            documents, whyNot is null && basket.Lines.Count > 0, whyNot, mayRecord, mayPay, FinanceAccess.MayHandleMoney(actor));
    }
}
