using Microsoft.EntityFrameworkCore;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>One line of a session's allocations, as staff edit them.</summary>
public sealed class AllocationDraft
{
    public Guid? Id { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? ProfileId { get; set; }
    public int Size { get; set; }
    public DateOnly? ReleaseDate { get; set; }
}

/// <summary>
/// Replaces a session's allocations with the ones staff set (the session page or the season grid),
/// under the session's lock: never more places than capacity with what the open pool already
/// holds, never below what an allocation already holds. Each change goes to the session's history.
/// </summary>
public sealed class SaveAllocations(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(Guid sessionId, IReadOnlyList<AllocationDraft> drafts, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!PlaceAccess.MayAllocate(actor))
            return new Dictionary<string, string> { [""] = "Vous n'avez pas le droit de répartir les places." };
        var errors = new Dictionary<string, string>();
        foreach (var draft in drafts)
        {
            var key = (draft.Id ?? Guid.Empty).ToString();
            if ((draft.OrganisationId is null) == (draft.ProfileId is null)) errors[key] = "Choisissez une organisation ou un profil.";
        }
        if (drafts.GroupBy(d => (d.OrganisationId, d.ProfileId)).Any(g => g.Count() > 1))
            errors[""] = "Une organisation ou un profil ne peut avoir qu'une réservation par session.";
        if (errors.Count > 0) return errors;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PlaceLedger.LockSessionAsync(db, sessionId, cancellationToken);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null) return new Dictionary<string, string> { [""] = "Cette session n'existe plus." };
        var now = clock.GetUtcNow().UtcDateTime;
        var (uses, openPoolUsed) = await PlaceLedger.UsesAsync(db, sessionId, now, except: null, cancellationToken);
        var existing = await db.Allocations.Where(a => a.SessionId == sessionId).ToListAsync(cancellationToken);

        foreach (var gone in existing.Where(e => drafts.All(d => d.Id != e.Id)))
        {
            var used = uses.First(u => u.AllocationId == gone.Id).Used;
            var referenced = await db.Registrations.AnyAsync(r => r.AllocationId == gone.Id, cancellationToken);
            if (used > 0 || referenced)
                errors[gone.Id.ToString()] = used > 0
                    ? $"{used} place(s) sont prises dans cette réservation : elle ne peut pas être supprimée (ramenez-la à {used})."
                    : "Des inscriptions passées se rapportent à cette réservation : ramenez-la à 0 plutôt que de la supprimer.";
        }
        var planned = drafts.Select(d => new AllocationUse(d.Id ?? Guid.NewGuid(), d.Size,
            d.Id is { } id ? uses.FirstOrDefault(u => u.AllocationId == id)?.Used ?? 0 : 0)).ToList();
        foreach (var (key, message) in PlaceRules.ValidateAllocations(session.Capacity, planned, openPoolUsed)) errors.TryAdd(key, message);
        if (errors.Count > 0) return errors;

        var names = await HolderNamesAsync(db, drafts, existing, cancellationToken);
        db.Allocations.RemoveRange(existing.Where(e => drafts.All(d => d.Id != e.Id)));
        foreach (var gone in existing.Where(e => drafts.All(d => d.Id != e.Id)))
            Log(db, sessionId, now, actor, $"Réservation de {names.GetValueOrDefault(Holder(gone))} supprimée ({gone.Size} place(s)).");
        foreach (var draft in drafts)
        {
            var allocation = existing.FirstOrDefault(e => e.Id == draft.Id);
            var name = names.GetValueOrDefault((draft.OrganisationId ?? draft.ProfileId)!.Value);
            if (allocation is null)
            {
                db.Allocations.Add(new Allocation
                {
                    SessionId = sessionId, OrganisationId = draft.OrganisationId, ProfileId = draft.ProfileId, Size = draft.Size,
                    ReleaseDate = draft.ReleaseDate, CreatedAt = now,
                });
                Log(db, sessionId, now, actor, $"{draft.Size} place(s) réservée(s) pour {name}" + Until(draft.ReleaseDate) + ".");
            }
            else if (allocation.Size != draft.Size || allocation.ReleaseDate != draft.ReleaseDate)
            {
                Log(db, sessionId, now, actor, $"Réservation de {name} : {allocation.Size} → {draft.Size} place(s)" + Until(draft.ReleaseDate) + ".");
                allocation.Size = draft.Size;
                allocation.ReleaseDate = draft.ReleaseDate;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, sessionId, actor.Name));
        return errors;
    }

    private static Guid Holder(Allocation allocation) => (allocation.OrganisationId ?? allocation.ProfileId)!.Value;

    private static string Until(DateOnly? releaseDate) => releaseDate is { } date ? $", rendues au contingent libre le {date:dd/MM/yyyy} si elles ne servent pas" : "";

    private static void Log(RempartDbContext db, Guid sessionId, DateTime at, Actor actor, string text) =>
        db.SessionEvents.Add(new SessionEvent { SessionId = sessionId, At = at, Text = text, By = actor.Name });

    /// <summary>The names of the holders this save mentions, for the history: only those, not every organisation.</summary>
    private static async Task<Dictionary<Guid, string>> HolderNamesAsync(RempartDbContext db, IReadOnlyList<AllocationDraft> drafts, IReadOnlyList<Allocation> existing, CancellationToken cancellationToken)
    {
        var ids = drafts.Select(d => d.OrganisationId ?? d.ProfileId).Concat(existing.Select(e => e.OrganisationId ?? e.ProfileId)).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var profiles = await db.Roles.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        return organisations.Select(o => (o.Id, o.Name)).Concat(profiles.Select(p => (p.Id, "le profil « " + p.Name + " »")))
            .ToDictionary(x => x.Id, x => x.Item2);
    }
}
