using Microsoft.EntityFrameworkCore;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Invoicing;

/// <summary>Everything an invoice, credit note or tax receipt prints.</summary>
public sealed record InvoiceDocument(
    Invoice Invoice, Order Order, string VolunteerName, string Worksite, string Site, DateOnly Start, DateOnly End,
    string? CreditedNumber, IReadOnlyList<Payment> Payments);

/// <summary>
/// Reads one issued document for someone entitled to it: the volunteer's side of its registration
/// (the volunteer, whoever registered or pays for them), and the union's staff who record payments
/// or read the accounts. Anyone else gets nothing, as for a document that does not exist.
/// </summary>
public sealed class GetInvoiceDocument(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<InvoiceDocument?> ExecuteAsync(Guid invoiceId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null) return null;
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == invoice.OrderId, cancellationToken);
        order.Lines = order.Lines.OrderBy(l => l.Position).ToList();
        if (!FinanceAccess.MayReadAccounts(actor))
        {
            var scope = await RegistrationScope.LoadAsync(db, order.RegistrationId, actor, cancellationToken);
            if (scope is null || !scope.Roles.Contains(StageActor.Volunteer)) return null;
        }
        var about = await (from r in db.Registrations
                           join v in db.Volunteers on r.VolunteerId equals v.Id
                           join s in db.Sessions on r.SessionId equals s.Id
                           join w in db.Worksites on s.WorksiteId equals w.Id
                           join site in db.Sites on w.SiteId equals site.Id
                           where r.Id == order.RegistrationId
                           select new { Name = v.FirstName + " " + v.LastName, w.Title, Site = site.Name, s.StartDate, s.EndDate }).FirstAsync(cancellationToken);
        var credited = invoice.CreditsInvoiceId is { } creditedId
            ? await db.Invoices.Where(i => i.Id == creditedId).Select(i => i.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == order.Id && p.Status == PaymentStatus.Paid).OrderBy(p => p.PaidAt).ToListAsync(cancellationToken);
        return new InvoiceDocument(invoice, order, about.Name, about.Title, about.Site, about.StartDate, about.EndDate, credited, payments);
    }
}
