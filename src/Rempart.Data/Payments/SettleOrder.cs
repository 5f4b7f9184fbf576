using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Invoicing;
using Rempart.Data.Registrations;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;

namespace Rempart.Data.Payments;

/// <summary>What settling an order did: the documents issued now or before, and the step the registration moved to.</summary>
public sealed record Settlement(Guid RegistrationId, Balance Balance, Invoice? Invoice, Invoice? TaxReceipt, StageMove? Advanced);

/// <summary>
/// What follows a change in what an order owes (an order placed, a payment received): once it is
/// paid in full, its invoice (for what it sells) and its tax receipt (for its donations) are issued,
/// and the registration moves on (confirmed, when its file is complete). With invoices issued when
/// ordered (<see cref="InvoicingOptions.IssueInvoiceWhen"/>), the invoice comes first. Every step is
/// idempotent: called twice, nothing is issued twice.
/// </summary>
public sealed class SettleOrder(IDbContextFactory<RempartDbContext> contexts, IssueInvoice issue, AdvanceRegistration advance, IOptions<InvoicingOptions> options)
{
    public async Task<Settlement?> ExecuteAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        Order? order;
        Balance balance;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is null) return null;
            balance = (await OrderBalanceQuery.ForAsync(db, orderId, order.Total, cancellationToken)).Balance;
        }
        Invoice? invoice = null, receipt = null;
        if (order.ReplacedAt is null)
        {
            if (order.Invoiced > 0 && (balance.Settled || options.Value.IssueInvoiceWhen == InvoiceMoment.Ordered))
                invoice = (await issue.ExecuteAsync(orderId, cancellationToken)).Invoice;
            if (order.Donations > 0 && balance.Settled)
                receipt = (await issue.TaxReceiptAsync(orderId, cancellationToken)).Invoice;
        }
        var advanced = await advance.ExecuteAsync(order.RegistrationId, cancellationToken);
        return new Settlement(order.RegistrationId, balance, invoice, receipt, advanced);
    }
}
