using Microsoft.EntityFrameworkCore;
using Rempart.Data.Volunteers;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Invoicing;

/// <summary>An order in force, with what was paid and what is due.</summary>
public sealed record OrderRow(
    Guid Id, Guid RegistrationId, DateTime CreatedAt, string BilledTo, string VolunteerName, string Worksite, DateOnly Start,
    RegistrationStage Stage, decimal Total, decimal Paid, decimal Due);

/// <summary>Orders read from <c>Scanned</c> rows of the list (due or not) out of <c>Total</c>, and whether more rows follow.</summary>
public sealed record OrderPage(IReadOnlyList<OrderRow> Rows, int Scanned, int Total, bool More);

/// <summary>
/// The orders in force for staff who record payments or read the accounts, the newest first; with
/// <c>dueOnly</c>, those that still owe something (what a treasurer chases). The page shows at
/// most 500; a complete export reads them all, page after page (<see cref="PageAsync"/>).
/// </summary>
public sealed class ListOrders(IDbContextFactory<RempartDbContext> contexts)
{
    public const int Limit = 500;

    public async Task<IReadOnlyList<OrderRow>?> ExecuteAsync(bool dueOnly, string? search, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!FinanceAccess.MayReadAccounts(actor)) return null;
        var rows = new List<OrderRow>();
        for (var skip = 0; rows.Count < Limit;)
        {
            var page = await PageAsync(dueOnly, search, skip, actor, cancellationToken);
            if (page is null) return null;
            rows.AddRange(page.Rows.Take(Limit - rows.Count));
            if (!page.More) break;
            skip += page.Scanned;
        }
        return rows;
    }

    /// <summary>
    /// The orders among <see cref="Limit"/> orders in force from <paramref name="skip"/> on: all of
    /// them, or with <paramref name="dueOnly"/> those still owing (the balance is a sum over payments,
    /// done in memory because decimals are text on SQLite, so the filter follows the read).
    /// </summary>
    public async Task<OrderPage?> PageAsync(bool dueOnly, string? search, int skip, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!FinanceAccess.MayReadAccounts(actor)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from o in db.Orders
                    where o.ReplacedAt == null
                    join r in db.Registrations on o.RegistrationId equals r.Id
                    join v in db.Volunteers on r.VolunteerId equals v.Id
                    join s in db.Sessions on r.SessionId equals s.Id
                    join w in db.Worksites on s.WorksiteId equals w.Id
                    select new { o, r.Stage, VolunteerId = v.Id, Name = v.FirstName + " " + v.LastName, w.Title, s.StartDate };
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Names through the volunteers' trigram index, accents aside (MatchVolunteers).
            var term = $"%{search.Trim().ToLowerInvariant()}%";
            var volunteers = MatchVolunteers.Containing(db, search);
            query = query.Where(x => EF.Functions.Like(x.o.BilledTo.ToLower(), term) || volunteers.Contains(x.VolunteerId) || EF.Functions.Like(x.Title.ToLower(), term));
        }
        var total = await query.CountAsync(cancellationToken);
        var orders = await query.OrderByDescending(x => x.o.CreatedAt).ThenBy(x => x.o.Id).Skip(skip).Take(Limit).ToListAsync(cancellationToken);
        var ids = orders.Select(x => x.o.Id).ToList();
        var paymentList = await db.Payments.AsNoTracking().Where(p => ids.Contains(p.OrderId)).ToListAsync(cancellationToken);
        var payments = paymentList.ToLookup(p => p.OrderId);
        var paymentIds = paymentList.Select(p => p.Id).ToList();
        var orderOfPayment = paymentList.ToDictionary(p => p.Id, p => p.OrderId);
        var refunds = (await db.Refunds.AsNoTracking().Where(r => paymentIds.Contains(r.PaymentId)).ToListAsync(cancellationToken)).ToLookup(r => orderOfPayment[r.PaymentId]);
        var credits = (await db.Invoices.Where(i => ids.Contains(i.OrderId) && i.Kind == Domain.Invoicing.InvoiceKind.CreditNote).Select(i => new { i.OrderId, i.Total }).ToListAsync(cancellationToken))
            .ToLookup(c => c.OrderId, c => c.Total);
        var rows = orders
            .Select(x => (x, balance: Balance.Of(x.o.Total, payments[x.o.Id], refunds[x.o.Id], credits[x.o.Id].Sum())))
            .Where(t => !dueOnly || (t.balance.Due > 0 && t.x.Stage is not (RegistrationStage.Refused or RegistrationStage.CancelledByStaff or RegistrationStage.CancelledByVolunteer)))
            .Select(t => new OrderRow(t.x.o.Id, t.x.o.RegistrationId, t.x.o.CreatedAt, t.x.o.BilledTo, t.x.Name, t.x.Title, t.x.StartDate, t.x.Stage,
                t.x.o.Total, t.balance.Paid - t.balance.Refunded, t.balance.Due))
            .ToList();
        return new OrderPage(rows, orders.Count, total, orders.Count > 0 && skip + orders.Count < total);
    }
}
