using Microsoft.EntityFrameworkCore;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Payments;

/// <summary>What recording a payment gave: the payment and what followed, or errors keyed by field ("" for the rest).</summary>
public sealed record PaymentRecorded(Payment? Payment, IReadOnlyDictionary<string, string> Errors, Settlement? Settlement)
{
    public bool Succeeded => Payment is not null;

    public static PaymentRecorded Refused(string message) => new(null, new Dictionary<string, string> { [""] = message }, null);
}

/// <summary>
/// Staff record a payment received by hand (cheque, transfer, cash, holiday vouchers) against the
/// order in force of a registration; several payers may share an order, never paying more than is
/// due: decided under the registration's lock, so two treasurers recording at once cannot overpay.
/// Then the order is settled (<see cref="SettleOrder"/>).
/// </summary>
public sealed class RecordPayment(IDbContextFactory<RempartDbContext> contexts, SettleOrder settle, TimeProvider clock)
{
    public async Task<PaymentRecorded> ExecuteAsync(Guid orderId, ManualPayment payment, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!FinanceAccess.MayHandleMoney(actor)) return PaymentRecorded.Refused("Vous n'avez pas le droit d'enregistrer des paiements.");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registrationId = await db.Orders.Where(o => o.Id == orderId).Select(o => (Guid?)o.RegistrationId).FirstOrDefaultAsync(cancellationToken);
        if (registrationId is null) return PaymentRecorded.Refused("Cette commande n'existe pas.");

        Payment recorded;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await RegistrationLock.LockAsync(db, registrationId.Value, cancellationToken);
            var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == orderId, cancellationToken);
            if (order.ReplacedAt is not null) return PaymentRecorded.Refused("Cette commande a été remplacée : enregistrez le paiement sur la commande en vigueur.");
            var stage = await db.Registrations.Where(r => r.Id == registrationId).Select(r => r.Stage).FirstAsync(cancellationToken);
            if (RegistrationLifecycle.IsClosed(stage))
                return PaymentRecorded.Refused($"L'inscription est « {RegistrationLifecycle.Label(stage)} » : elle n'attend plus de paiement.");
            var money = await OrderBalanceQuery.ForAsync(db, orderId, order.Total, cancellationToken);
            var today = ParisTime.DayOf(now);
            // An online payment under way may still be paid: it is not left for someone else to pay too.
            var engaged = money.Payments.Where(p => p.Status == PaymentStatus.Open).Sum(p => p.Amount);
            var errors = PaymentRules.Check(payment, Math.Max(0, money.Balance.Due - engaged), today);
            if (errors.Count > 0) return new PaymentRecorded(null, errors, null);
            recorded = new Payment
            {
                OrderId = orderId, Method = payment.Method, Status = PaymentStatus.Paid, Amount = payment.Amount,
                PayerName = payment.PayerName.Trim(), Reference = string.IsNullOrWhiteSpace(payment.Reference) ? null : payment.Reference.Trim(),
                CreatedAt = now, RecordedBy = actor.UserId,
                // The day it was received, as staff said; today's payments keep their time.
                PaidAt = payment.ReceivedOn == today ? now : ParisTime.NoonOf(payment.ReceivedOn),
            };
            db.Payments.Add(recorded);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new PaymentRecorded(recorded, new Dictionary<string, string>(), await settle.ExecuteAsync(orderId, cancellationToken));
    }
}
