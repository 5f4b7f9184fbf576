using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Mail;

namespace Rempart.Data.Mail;

/// <summary>Who asked to receive no more campaigns. Asking twice changes nothing.</summary>
public sealed class Unsubscriptions(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<bool> ContainsAsync(string email, CancellationToken cancellationToken = default)
    {
        var key = Unsubscription.Normalise(email);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Unsubscriptions.AnyAsync(u => u.Email == key, cancellationToken);
    }

    public async Task AddAsync(string email, CancellationToken cancellationToken = default)
    {
        var key = Unsubscription.Normalise(email);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Unsubscriptions.AnyAsync(u => u.Email == key, cancellationToken)) return;
        db.Unsubscriptions.Add(new Unsubscription { Email = key, At = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the other one recorded it.
        }
    }
}
