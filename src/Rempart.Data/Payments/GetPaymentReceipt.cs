using Microsoft.EntityFrameworkCore;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Payments;

/// <summary>What a payment receipt prints: the payment, and the registration it paid for.</summary>
public sealed record PaymentReceipt(Payment Payment, string BilledTo, string VolunteerName, string Worksite, DateOnly Start, DateOnly End, decimal OrderTotal);

/// <summary>
/// A receipt for one payment received (any method), for the same people as invoices: the
/// volunteer's side of the registration, and staff who record payments or read the accounts.
/// </summary>
public sealed class GetPaymentReceipt(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<PaymentReceipt?> ExecuteAsync(Guid paymentId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId && p.Status == PaymentStatus.Paid, cancellationToken);
        if (payment is null) return null;
        var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == payment.OrderId, cancellationToken);
        if (!FinanceAccess.MayReadAccounts(actor))
        {
            var scope = await RegistrationScope.LoadAsync(db, order.RegistrationId, actor, cancellationToken);
            if (scope is null || !scope.Roles.Contains(StageActor.Volunteer)) return null;
        }
        var about = await (from r in db.Registrations
                           join v in db.Volunteers on r.VolunteerId equals v.Id
                           join s in db.Sessions on r.SessionId equals s.Id
                           join w in db.Worksites on s.WorksiteId equals w.Id
                           where r.Id == order.RegistrationId
                           select new { Name = v.FirstName + " " + v.LastName, w.Title, s.StartDate, s.EndDate }).FirstAsync(cancellationToken);
        return new PaymentReceipt(payment, order.BilledTo, about.Name, about.Title, about.StartDate, about.EndDate, order.Total);
    }
}
