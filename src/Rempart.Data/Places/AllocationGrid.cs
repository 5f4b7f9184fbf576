using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

public sealed record GridAllocation(Guid Id, Guid HolderId, bool IsProfile, int Size, int Used, DateOnly? ReleaseDate, bool Released);

/// <summary>One session of the season grid: its capacity, what the open pool already holds, and every allocation.</summary>
public sealed record GridSession(Guid SessionId, string Worksite, string Association, DateOnly Start, DateOnly End, int Capacity, int OpenPoolUsed, IReadOnlyList<GridAllocation> Allocations);

/// <summary>
/// The season grid: sessions × associations, partners or profiles, to allocate a whole season at
/// once. Reads every session of the season with its allocations and use; saves each changed session
/// through <see cref="SaveAllocations"/>, so the grid obeys exactly the rules of the session page.
/// </summary>
public sealed class AllocationGrid(IDbContextFactory<RempartDbContext> contexts, SaveAllocations save, TimeProvider clock)
{
    /// <summary>Every session of the season with its allocations: for staff who allocate places only.</summary>
    public async Task<IReadOnlyList<GridSession>> LoadAsync(int season, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!PlaceAccess.MayAllocate(actor)) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await PlaceQueries.SeasonSessions(db, season).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var allocations = await db.Allocations.Where(a => ids.Contains(a.SessionId)).ToListAsync(cancellationToken);
        var taken = await db.Registrations.TakingAPlace(now)
            .Where(r => ids.Contains(r.SessionId))
            .GroupBy(r => new { r.SessionId, r.AllocationId }).Select(g => new { g.Key.SessionId, g.Key.AllocationId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return sessions.Select(s => new GridSession(s.Id, s.Worksite, s.Association, s.Start, s.End, s.Capacity,
            taken.FirstOrDefault(t => t.SessionId == s.Id && t.AllocationId == null)?.Count ?? 0,
            allocations.Where(a => a.SessionId == s.Id).Select(a => new GridAllocation(a.Id, (a.OrganisationId ?? a.ProfileId)!.Value, a.ProfileId is not null, a.Size,
                taken.FirstOrDefault(t => t.AllocationId == a.Id)?.Count ?? 0, a.ReleaseDate, a.ReleasedAt is not null)).ToList())).ToList();
    }

    /// <summary>
    /// Applies the grid's cells (session → holder → places; 0 removes an unused allocation) to the
    /// sessions that changed. Returns the refusals by session id; the other sessions are saved.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> SaveAsync(IReadOnlyList<GridSession> sessions,
        IReadOnlyDictionary<(Guid Session, Guid Holder), int> cells, IReadOnlySet<Guid> profileHolders, Actor actor, CancellationToken cancellationToken = default)
    {
        var refusals = new Dictionary<Guid, string>();
        foreach (var session in sessions)
        {
            var edits = cells.Where(c => c.Key.Session == session.SessionId).ToDictionary(c => c.Key.Holder, c => c.Value);
            var drafts = new List<AllocationDraft>();
            var changed = false;
            foreach (var allocation in session.Allocations)
            {
                var size = edits.Remove(allocation.HolderId, out var edited) ? edited : allocation.Size;
                changed |= size != allocation.Size;
                if (size == 0 && allocation.Used == 0) continue;
                drafts.Add(Draft(allocation.Id, allocation.HolderId, allocation.IsProfile, size, allocation.ReleaseDate));
            }
            foreach (var (holder, size) in edits.Where(e => e.Value > 0))
            {
                drafts.Add(Draft(null, holder, profileHolders.Contains(holder), size, null));
                changed = true;
            }
            if (!changed) continue;
            var errors = await save.ExecuteAsync(session.SessionId, drafts, actor, cancellationToken);
            if (errors.Count > 0) refusals[session.SessionId] = string.Join(" ", errors.Values.Distinct());
        }
        return refusals;
    }

    private static AllocationDraft Draft(Guid? id, Guid holder, bool isProfile, int size, DateOnly? releaseDate) => new()
    {
        Id = id, OrganisationId = isProfile ? null : holder, ProfileId = isProfile ? holder : null, Size = size, ReleaseDate = releaseDate,
    };
}
