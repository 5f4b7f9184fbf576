using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;

namespace Rempart.Data.Invoicing;

/// <summary>A registration's order in force and its balance, for the confirmation e-mail's summary.</summary>
public sealed record OrderSummary(IReadOnlyList<OrderLine> Lines, decimal Total, Balance Balance);

/// <summary>For Rempart's own e-mails to the registration's people (not a page: no asker to check).</summary>
public sealed class GetOrderSummary(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<OrderSummary?> ExecuteAsync(Guid registrationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await CurrentOrderQuery.ForAsync(db, registrationId, cancellationToken);
        return current is null ? null : new OrderSummary(current.Order.Lines, current.Order.Total, current.Balance);
    }
}
