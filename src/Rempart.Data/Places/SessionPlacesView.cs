using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>Something places can be allocated to: an association, a partner, or a profile.</summary>
public sealed record HolderChoice(Guid Id, string Label, bool IsProfile);

public sealed record AllocationLine(Guid Id, Guid HolderId, string Holder, int Size, int Used, DateOnly? ReleaseDate, DateTime? ReleasedAt);

public sealed record WaitingLine(Guid Id, int Position, string Volunteer, string? Pool, WaitingStatus Status, DateTime? OfferExpiresAt);

/// <summary>A session's places as its page shows them: the counts, the allocations with their use, the waiting list, the history.</summary>
public sealed record SessionPlaces(PlaceCounts Counts, IReadOnlyList<AllocationLine> Allocations, IReadOnlyList<WaitingLine> Waiting, IReadOnlyList<SessionEvent> History);

public sealed class GetSessionPlaces(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    /// <summary>Staff see every allocation; an association or partner only its own (and the counts).</summary>
    public async Task<SessionPlaces?> ExecuteAsync(Guid sessionId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!(await PlaceQueries.CountsAsync(db, [sessionId], now, cancellationToken)).TryGetValue(sessionId, out var counts)) return null;
        var (uses, _) = await PlaceLedger.UsesAsync(db, sessionId, now, except: null, cancellationToken);
        var allocations = await (from a in db.Allocations
                                 where a.SessionId == sessionId && (actor.IsStaff || a.OrganisationId == actor.OrganisationId)
                                 join o in db.Organisations on a.OrganisationId equals o.Id into orgs
                                 from o in orgs.DefaultIfEmpty()
                                 join r in db.Roles on a.ProfileId equals r.Id into roles
                                 from r in roles.DefaultIfEmpty()
                                 orderby a.CreatedAt
                                 select new { a.Id, HolderId = a.OrganisationId ?? a.ProfileId, Holder = o != null ? o.Name : "Profil « " + r!.Name + " »", a.Size, a.ReleaseDate, a.ReleasedAt })
            .ToListAsync(cancellationToken);
        var history = actor.IsStaff
            ? await db.SessionEvents.Where(e => e.SessionId == sessionId).OrderByDescending(e => e.At).Take(50).ToListAsync(cancellationToken)
            : [];
        var waiting = actor.IsStaff
            ? await (from e in db.WaitingList
                     join v in db.Volunteers on e.VolunteerId equals v.Id
                     join a in db.Allocations on e.AllocationId equals a.Id into pools
                     from a in pools.DefaultIfEmpty()
                     join o in db.Organisations on a!.OrganisationId equals o.Id into orgs
                     from o in orgs.DefaultIfEmpty()
                     where e.SessionId == sessionId && (e.Status == WaitingStatus.Waiting || e.Status == WaitingStatus.Offered)
                     orderby e.AllocationId, e.Position
                     select new WaitingLine(e.Id, e.Position, v.FirstName + " " + v.LastName, o != null ? o.Name : null, e.Status, e.OfferExpiresAt))
                .ToListAsync(cancellationToken)
            : [];
        return new SessionPlaces(counts,
            allocations.Select(a => new AllocationLine(a.Id, a.HolderId!.Value, a.Holder, a.Size, uses.FirstOrDefault(u => u.AllocationId == a.Id)?.Used ?? 0, a.ReleaseDate, a.ReleasedAt)).ToList(),
            waiting, history);
    }

    public async Task<IReadOnlyList<HolderChoice>> HoldersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.Where(o => o.Kind != OrganisationKind.Union).OrderBy(o => o.Name)
            .Select(o => new HolderChoice(o.Id, o.Name, false)).ToListAsync(cancellationToken);
        var profiles = await db.Roles.Where(r => r.Kind != ProfileKind.SuperAdmin && r.Kind != ProfileKind.Staff).OrderBy(r => r.Name)
            .Select(r => new HolderChoice(r.Id, "Profil « " + r.Name + " »", true)).ToListAsync(cancellationToken);
        return [.. profiles, .. organisations];
    }
}
