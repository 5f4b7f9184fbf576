using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounting;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Accounting;

/// <summary>A period of days (Paris time, both included) and optional narrowing; the search looks in the reference, the party, the association and the session.</summary>
public sealed record MovementFilter(DateOnly From, DateOnly To, Guid? AssociationId = null, MovementKind? Kind = null, PaymentMethod? Method = null, string? Search = null);

/// <summary>
/// Every money event of a period for the accounting space: invoices, credit notes and tax receipts
/// issued, payments received, refunds made, each with the association and session it belongs to.
/// For staff who read the accounts or record payments.
/// </summary>
public sealed class ReadMovements(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<Movement>?> ExecuteAsync(MovementFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!FinanceAccess.MayReadAccounts(actor)) return null;
        var start = ParisTime.StartOf(filter.From);
        var end = ParisTime.StartOf(filter.To.AddDays(1));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = from o in db.Orders
                     join r in db.Registrations on o.RegistrationId equals r.Id
                     join s in db.Sessions on r.SessionId equals s.Id
                     join w in db.Worksites on s.WorksiteId equals w.Id
                     join a in db.Organisations on w.AssociationId equals a.Id
                     where filter.AssociationId == null || w.AssociationId == filter.AssociationId
                     select new { o.Id, o.BilledTo, Association = a.Name, w.Title, s.StartDate };

        var documents = await (from i in db.Invoices
                               join o in orders on i.OrderId equals o.Id
                               where i.IssuedAt >= start && i.IssuedAt < end
                               select new { i.Id, i.Kind, i.IssuedAt, i.Number, i.Total, i.OrderId, o.BilledTo, o.Association, o.Title, o.StartDate }).ToListAsync(cancellationToken);
        var invoicedOrders = documents.Where(d => d.Kind == InvoiceKind.Invoice).Select(d => d.OrderId).ToList();
        var lines = (await db.OrderLines.Where(l => invoicedOrders.Contains(l.OrderId) && l.Kind != ProductKind.Donation)
            .Select(l => new { l.OrderId, l.Kind, l.Account, l.Amount }).ToListAsync(cancellationToken)).ToLookup(l => l.OrderId);
        var movements = documents.Select(d => new Movement(
            d.Kind switch { InvoiceKind.CreditNote => MovementKind.CreditNote, InvoiceKind.TaxReceipt => MovementKind.Donation, _ => MovementKind.Invoice },
            d.IssuedAt, d.Number, d.BilledTo, d.Total, d.Association, Session(d.Title, d.StartDate), null,
            d.Kind == InvoiceKind.Invoice ? lines[d.OrderId].GroupBy(l => (l.Kind, l.Account)).Select(g => (g.Key.Kind, g.Key.Account, Money.Round(g.Sum(l => l.Amount)))).ToList() : null)).ToList();

        var payments = await (from p in db.Payments
                              join o in orders on p.OrderId equals o.Id
                              where p.Status == PaymentStatus.Paid && p.PaidAt >= start && p.PaidAt < end
                              select new { p.PaidAt, p.Reference, p.ProviderId, p.PayerName, p.Amount, p.Method, o.Association, o.Title, o.StartDate }).ToListAsync(cancellationToken);
        movements.AddRange(payments.Select(p => new Movement(MovementKind.Payment, p.PaidAt!.Value, p.Reference ?? p.ProviderId ?? "", p.PayerName, p.Amount,
            p.Association, Session(p.Title, p.StartDate), p.Method)));

        var refunds = await (from r in db.Refunds
                             join p in db.Payments on r.PaymentId equals p.Id
                             join o in orders on p.OrderId equals o.Id
                             where r.Status == RefundStatus.Refunded && r.RefundedAt >= start && r.RefundedAt < end
                             select new { r.RefundedAt, r.ProviderId, r.Reason, p.PayerName, r.Amount, p.Method, o.Association, o.Title, o.StartDate }).ToListAsync(cancellationToken);
        movements.AddRange(refunds.Select(r => new Movement(MovementKind.Refund, r.RefundedAt!.Value, r.ProviderId ?? r.Reason, r.PayerName, r.Amount,
            r.Association, Session(r.Title, r.StartDate), r.Method)));

        return movements
            .Where(m => filter.Kind is null || m.Kind == filter.Kind)
            .Where(m => filter.Method is null || m.Method == filter.Method)
            .Where(m => Matches(m, filter.Search?.Trim()))
            .OrderBy(m => m.At).ToList();
    }

    // In memory: a period's movements are already read, and the session's label is built here.
    private static bool Matches(Movement movement, string? search) =>
        string.IsNullOrEmpty(search) || new[] { movement.Reference, movement.Party, movement.Association, movement.Session }
            .Any(text => text.Contains(search, StringComparison.CurrentCultureIgnoreCase));

    private static string Session(string worksite, DateOnly start) => $"{worksite} ({start:dd/MM/yyyy})";
}
