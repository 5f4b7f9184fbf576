using Microsoft.EntityFrameworkCore;
using Rempart.Data.Volunteers;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Invoicing;

/// <summary>An order in force, with what was paid and what is due.</summary>
public sealed record OrderRow(
    Guid Id, Guid RegistrationId, DateTime CreatedAt, string BilledTo, string VolunteerName, string Worksite, DateOnly Start,
    RegistrationStage Stage, decimal Total, decimal Paid, decimal Due);

/// <summary>
/// What the orders list shows: with <paramref name="DueOnly"/> those still owing (what a treasurer
/// chases), a search on the person billed, the volunteer or the worksite, and a page: from
/// <paramref name="Skip"/>, at most <paramref name="Take"/> rows (up to <see cref="ListOrders.Limit"/>),
/// the newest first unless sorted by one of <see cref="OrderSort.Columns"/>.
/// </summary>
public sealed record OrderFilter(bool DueOnly, string? Search = null, int Skip = 0, int Take = ListOrders.Limit, OrderSort? Sort = null);

/// <summary>A column of <see cref="OrderRow"/> to sort by (its property's name), and which way.</summary>
public sealed record OrderSort(string Column, bool Descending)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        nameof(OrderRow.CreatedAt), nameof(OrderRow.VolunteerName), nameof(OrderRow.BilledTo), nameof(OrderRow.Worksite),
        nameof(OrderRow.Total), nameof(OrderRow.Paid), nameof(OrderRow.Due),
    ];
}

/// <summary>A page of the orders, and how many match and what they still owe in all (not only on the page).</summary>
public sealed record OrderList(IReadOnlyList<OrderRow> Rows, int Count, decimal Due);

/// <summary>
/// The orders in force for staff who record payments or read the accounts. What an order still owes
/// is <see cref="Balance.Of"/> over its payments, refunds and credit notes, done in memory because
/// decimals are text on SQLite: so every order that matches the search is read, narrowly, with its
/// payments, and the filter, the totals, the sort and the page follow. The count and the amount
/// due are therefore those of all the orders, never of a first batch.
/// </summary>
public sealed class ListOrders(IDbContextFactory<RempartDbContext> contexts)
{
    public const int Limit = 500;

    public async Task<OrderList?> ExecuteAsync(OrderFilter filter, Actor actor, CancellationToken cancellationToken = default)
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
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Names through the volunteers' trigram index, accents aside (MatchVolunteers).
            var term = $"%{filter.Search.Trim().ToLowerInvariant()}%";
            var volunteers = MatchVolunteers.Containing(db, filter.Search);
            query = query.Where(x => EF.Functions.Like(x.o.BilledTo.ToLower(), term) || volunteers.Contains(x.VolunteerId) || EF.Functions.Like(x.Title.ToLower(), term));
        }
        var orders = await query.Select(x => new
        {
            x.o.Id, x.o.RegistrationId, x.o.CreatedAt, x.o.BilledTo, x.Name, x.Title, x.StartDate, x.Stage, x.o.Total,
        }).ToListAsync(cancellationToken);
        var ids = query.Select(x => x.o.Id);
        // Only what a balance reads of a payment.
        var paymentList = await db.Payments.Where(p => ids.Contains(p.OrderId))
            .Select(p => new Payment { Id = p.Id, OrderId = p.OrderId, Status = p.Status, Amount = p.Amount }).ToListAsync(cancellationToken);
        var payments = paymentList.ToLookup(p => p.OrderId);
        var orderOfPayment = paymentList.ToDictionary(p => p.Id, p => p.OrderId);
        var refunds = (await db.Refunds.AsNoTracking().Where(r => db.Payments.Any(p => p.Id == r.PaymentId && ids.Contains(p.OrderId))).ToListAsync(cancellationToken))
            .ToLookup(r => orderOfPayment[r.PaymentId]);
        var credits = (await db.Invoices.Where(i => ids.Contains(i.OrderId) && i.Kind == Domain.Invoicing.InvoiceKind.CreditNote).Select(i => new { i.OrderId, i.Total })
            .ToListAsync(cancellationToken)).ToLookup(c => c.OrderId, c => c.Total);

        var rows = orders
            .Select(x => (x, balance: Balance.Of(x.Total, payments[x.Id], refunds[x.Id], credits[x.Id].Sum())))
            .Where(t => !filter.DueOnly || (t.balance.Due > 0 && !RegistrationLifecycle.IsClosed(t.x.Stage)))
            .Select(t => new OrderRow(t.x.Id, t.x.RegistrationId, t.x.CreatedAt, t.x.BilledTo, t.x.Name, t.x.Title, t.x.StartDate, t.x.Stage,
                t.x.Total, t.balance.Paid - t.balance.Refunded, t.balance.Due))
            .ToList();
        var page = Sorted(rows, filter.Sort).Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, Limit)).ToList();
        return new OrderList(page, rows.Count, Money.Round(rows.Sum(r => r.Due)));
    }

    /// <summary>The newest first unless asked otherwise; the id settles ties, so that pages never overlap or skip a line.</summary>
    private static IEnumerable<OrderRow> Sorted(List<OrderRow> rows, OrderSort? sort)
    {
        var descending = sort?.Descending ?? true;
        Func<OrderRow, object> key = (sort?.Column ?? nameof(OrderRow.CreatedAt)) switch
        {
            nameof(OrderRow.VolunteerName) => r => r.VolunteerName,
            nameof(OrderRow.BilledTo) => r => r.BilledTo,
            nameof(OrderRow.Worksite) => r => r.Worksite,
            nameof(OrderRow.Total) => r => r.Total,
            nameof(OrderRow.Paid) => r => r.Paid,
            nameof(OrderRow.Due) => r => r.Due,
            _ => r => r.CreatedAt,
        };
        var ordered = descending ? rows.OrderByDescending(key, Comparer<object>.Default) : rows.OrderBy(key, Comparer<object>.Default);
        return ordered.ThenBy(r => r.Id);
    }
}
