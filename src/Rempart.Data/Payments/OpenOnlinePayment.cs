using Microsoft.EntityFrameworkCore;
using Rempart.Data.Invoicing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Payments;

/// <summary>The online payment to send the payer to, and what the provider should show them.</summary>
public sealed record OnlinePaymentToStart(Payment Payment, Guid RegistrationId, string Description);

/// <summary>
/// Starts (or takes up again) the online payment of what a registration's order still owes, for the
/// volunteer's side. An order has at most one online payment open at a time: asked twice (a double
/// click, a second tab, a return after closing the provider's page), the open one is given back, so
/// a payer can never be charged twice for the same balance. Decided under the registration's lock.
/// </summary>
public sealed class OpenOnlinePayment(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<(OnlinePaymentToStart? Start, string? Refusal)> ExecuteAsync(Guid registrationId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RegistrationLock.LockAsync(db, registrationId, cancellationToken);
        var scope = await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken);
        if (scope is null || !scope.Roles.Contains(StageActor.Volunteer)) return (null, "Cette inscription n'existe pas.");
        if (!OrderRules.MayOrder(scope.Registration.Stage) && scope.Registration.Stage != RegistrationStage.Confirmed)
            return (null, $"L'inscription est « {RegistrationLifecycle.Label(scope.Registration.Stage)} » : elle n'attend pas de paiement.");
        var current = await CurrentOrderQuery.ForAsync(db, registrationId, cancellationToken);
        if (current is null) return (null, "Choisissez d'abord vos options : le montant à payer en dépend.");
        var open = current.Payments.FirstOrDefault(p => p.Method == PaymentMethod.Online && p.Status == PaymentStatus.Open);
        var description = await DescriptionAsync(db, scope, cancellationToken);
        if (open is not null) return (new OnlinePaymentToStart(open, registrationId, description), null);
        if (current.Balance.Due == 0) return (null, "Cette inscription est déjà entièrement réglée.");

        var payment = new Payment
        {
            OrderId = current.Order.Id, Method = PaymentMethod.Online, Status = PaymentStatus.Open, Amount = current.Balance.Due,
            PayerName = actor.Name, CreatedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = actor.UserId,
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new OnlinePaymentToStart(payment, registrationId, description), null);
    }

    private static async Task<string> DescriptionAsync(RempartDbContext db, RegistrationScope scope, CancellationToken cancellationToken)
    {
        var worksite = await db.Worksites.Where(w => w.Id == scope.Session.WorksiteId).Select(w => w.Title).FirstAsync(cancellationToken);
        var volunteer = await db.Volunteers.Where(v => v.Id == scope.Registration.VolunteerId).Select(v => v.FirstName + " " + v.LastName).FirstAsync(cancellationToken);
        return $"Inscription {volunteer} – {worksite} ({scope.Session.StartDate:dd/MM/yyyy})";
    }
}
