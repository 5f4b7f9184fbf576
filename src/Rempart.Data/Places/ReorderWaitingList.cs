using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>Staff move someone up or down a waiting list, or pass over them, always with a reason kept in the session's history.</summary>
public sealed class ReorderWaitingList(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <summary>Null when done, else why not. <paramref name="by"/> is -1 to move up, +1 to move down, 0 to skip.</summary>
    public async Task<string?> ExecuteAsync(Guid entryId, int by, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!PlaceAccess.MayAllocate(actor)) return "Vous n'avez pas le droit de modifier les listes d'attente.";
        if (string.IsNullOrWhiteSpace(reason)) return "Indiquez le motif : il est gardé dans l'historique de la session.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.WaitingList.FirstOrDefaultAsync(e => e.Id == entryId && e.Status == WaitingStatus.Waiting, cancellationToken);
        if (entry is null) return "Cette personne n'attend plus.";
        var now = clock.GetUtcNow().UtcDateTime;
        var name = await db.Volunteers.Where(v => v.Id == entry.VolunteerId).Select(v => v.FirstName + " " + v.LastName).FirstAsync(cancellationToken);
        string text;
        if (by == 0)
        {
            entry.Status = WaitingStatus.Skipped;
            entry.Note = reason.Trim();
            text = $"{name} est passé(e) sur la liste d'attente : {reason.Trim()}";
        }
        else
        {
            var pool = db.WaitingList.Where(e => e.SessionId == entry.SessionId && e.AllocationId == entry.AllocationId && e.Status == WaitingStatus.Waiting);
            var neighbour = by < 0
                ? await pool.Where(e => e.Position < entry.Position).OrderByDescending(e => e.Position).FirstOrDefaultAsync(cancellationToken)
                : await pool.Where(e => e.Position > entry.Position).OrderBy(e => e.Position).FirstOrDefaultAsync(cancellationToken);
            if (neighbour is null) return by < 0 ? "Cette personne est déjà la première." : "Cette personne est déjà la dernière.";
            (entry.Position, neighbour.Position) = (neighbour.Position, entry.Position);
            text = $"{name} {(by < 0 ? "monte" : "descend")} dans la liste d'attente : {reason.Trim()}";
        }
        db.SessionEvents.Add(new SessionEvent { SessionId = entry.SessionId, At = now, By = actor.Name, Text = text });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
