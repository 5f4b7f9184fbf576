using Microsoft.EntityFrameworkCore;
using Rempart.Data.Programming;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>
/// On an allocation's release date, its unused places return to the open pool: the allocation
/// shrinks to the places its registrations take, under the session's lock, and the session's
/// history says how many places came back. Run daily by a job; running it twice changes nothing.
/// </summary>
public sealed class ReleaseDueAllocations(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    /// <summary>How many allocations were released.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Allocations.Where(a => a.ReleasedAt == null && a.ReleaseDate != null && a.ReleaseDate <= today)
            .Select(a => new { a.Id, a.SessionId }).ToListAsync(cancellationToken);
        foreach (var session in due.GroupBy(a => a.SessionId))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await PlaceLedger.LockSessionAsync(db, session.Key, cancellationToken);
            var (uses, _) = await PlaceLedger.UsesAsync(db, session.Key, now, except: null, cancellationToken);
            foreach (var id in session.Select(a => a.Id))
            {
                var allocation = await db.Allocations.FirstAsync(a => a.Id == id, cancellationToken);
                if (allocation.ReleasedAt is not null) continue;
                var used = uses.First(u => u.AllocationId == id).Used;
                var returned = allocation.Size - used;
                var holder = allocation.OrganisationId is { } org
                    ? await db.Organisations.Where(o => o.Id == org).Select(o => o.Name).FirstAsync(cancellationToken)
                    : "le profil « " + await db.Roles.Where(r => r.Id == allocation.ProfileId).Select(r => r.Name).FirstAsync(cancellationToken) + " »";
                allocation.Size = used;
                allocation.ReleasedAt = now;
                db.SessionEvents.Add(new SessionEvent
                {
                    SessionId = session.Key, At = now, By = "Rempart (libération automatique)",
                    Text = $"{returned} place(s) non utilisée(s) de la réservation de {holder} rendue(s) au contingent libre ({used} gardée(s)).",
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, session.Key, null));
        }
        return due.Count;
    }
}
