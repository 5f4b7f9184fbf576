using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Payments;

namespace Rempart.Data.Payments;

/// <summary>Keeps what the provider said when an online payment was created, or that it could not be.</summary>
public sealed class TrackOnlinePayment(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <summary>The provider's id and checkout page, the first time they are known.</summary>
    public async Task AttachAsync(Guid paymentId, string providerId, string? checkoutUrl, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Payments.Where(p => p.Id == paymentId && p.ProviderId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ProviderId, providerId).SetProperty(p => p.CheckoutUrl, checkoutUrl), cancellationToken);
    }

    /// <summary>
    /// A payment the provider never confirmed creating: the payer was never sent to pay it, so it is
    /// closed as failed and a new one may start.
    /// </summary>
    public async Task AbandonAsync(Guid paymentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Payments.Where(p => p.Id == paymentId && p.ProviderId == null && p.Status == PaymentStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PaymentStatus.Failed).SetProperty(p => p.StatusChangedAt, now), cancellationToken);
    }

    /// <summary>
    /// The online payments to check with the provider (still open, or with a refund under way), and
    /// those created before <paramref name="abandonBefore"/> that the provider never confirmed.
    /// </summary>
    public async Task<(IReadOnlyList<string> ToCheck, IReadOnlyList<Guid> ToAbandon)> OpenAsync(DateTime abandonBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Payments.AsNoTracking().Where(p => p.Method == PaymentMethod.Online && p.Status == PaymentStatus.Open)
            .Select(p => new { p.Id, p.ProviderId, p.CreatedAt }).ToListAsync(cancellationToken);
        var refunding = await (from r in db.Refunds join p in db.Payments on r.PaymentId equals p.Id
                               where r.Status == RefundStatus.Pending && p.ProviderId != null
                               select p.ProviderId!).Distinct().ToListAsync(cancellationToken);
        return (open.Where(p => p.ProviderId is not null).Select(p => p.ProviderId!).Union(refunding).ToList(),
                open.Where(p => p.ProviderId is null && p.CreatedAt < abandonBefore).Select(p => p.Id).ToList());
    }

    /// <summary>Whether a provider's id is one of ours: webhooks for others are answered without calling the provider.</summary>
    public async Task<bool> IsKnownAsync(string providerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Payments.AnyAsync(p => p.ProviderId == providerId, cancellationToken);
    }

    /// <summary>The payment behind a return page, if it exists.</summary>
    public async Task<(Payment Payment, Guid RegistrationId)?> FindAsync(Guid paymentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from p in db.Payments.AsNoTracking()
                           join o in db.Orders on p.OrderId equals o.Id
                           where p.Id == paymentId && p.Method == PaymentMethod.Online
                           select new { p, o.RegistrationId }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.p, found.RegistrationId);
    }
}
