using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>The outcome of a deletion: done, or refused with the reason to show.</summary>
public sealed record DeleteOutcome(bool Deleted, string? Reason)
{
    public static DeleteOutcome Done { get; } = new(true, null);
    public static DeleteOutcome RefusedBecause(string reason) => new(false, reason);
}

/// <summary>
/// Deletes a site, a worksite, a session or a leader, refusing when something still depends on it
/// (the person is told what), and checking the association's rights.
/// </summary>
public sealed class DeleteProgrammeItem(IDbContextFactory<RempartDbContext> contexts, ProgrammeChangeFeed feed)
{
    private const string NotAllowed = "Vous n'avez pas le droit de supprimer cet élément.";

    public async Task<DeleteOutcome> SiteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ProgrammeAccess.CanEditSites(actor)) return DeleteOutcome.RefusedBecause(NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var worksites = await db.Worksites.CountAsync(w => w.SiteId == id, cancellationToken);
        if (worksites > 0)
            return DeleteOutcome.RefusedBecause($"Ce site accueille {worksites} chantier(s) : supprimez-les ou rattachez-les à un autre site d'abord.");
        await db.Sites.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        return Deleted(ProgrammeItemKind.Site, id, actor);
    }

    public async Task<DeleteOutcome> WorksiteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await RefusalAsync(db.Worksites.Where(w => w.Id == id).Select(w => (Guid?)w.AssociationId), actor, cancellationToken) is { } refusal)
            return refusal;
        var sessions = await db.Sessions.CountAsync(s => s.WorksiteId == id, cancellationToken);
        if (sessions > 0)
            return DeleteOutcome.RefusedBecause($"Ce chantier a {sessions} session(s) : supprimez-les ou annulez-les d'abord.");
        await db.Worksites.Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken);
        return Deleted(ProgrammeItemKind.Worksite, id, actor);
    }

    public async Task<DeleteOutcome> SessionAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var association = db.Sessions.Where(s => s.Id == id).Join(db.Worksites, s => s.WorksiteId, w => w.Id, (s, w) => (Guid?)w.AssociationId);
        if (await RefusalAsync(association, actor, cancellationToken) is { } refusal) return refusal;
        var session = await db.Sessions.Include(s => s.Leaders).FirstAsync(s => s.Id == id, cancellationToken);
        db.Sessions.Remove(session);
        await db.SaveChangesAsync(cancellationToken);
        return Deleted(ProgrammeItemKind.Session, id, actor);
    }

    public async Task<DeleteOutcome> LeaderAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ProgrammeAccess.CanEditSites(actor)) return DeleteOutcome.RefusedBecause(NotAllowed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await db.SessionLeaders.CountAsync(l => l.LeaderId == id, cancellationToken);
        if (sessions > 0)
            return DeleteOutcome.RefusedBecause($"Cet animateur est affecté à {sessions} session(s) : retirez-le de ces sessions d'abord.");
        await db.Leaders.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken);
        return Deleted(ProgrammeItemKind.Leader, id, actor);
    }

    /// <summary>
    /// Done when the record is already gone (nothing to delete), refused when it belongs to another
    /// association, null when the deletion may go on.
    /// </summary>
    private static async Task<DeleteOutcome?> RefusalAsync(IQueryable<Guid?> associationOfRecord, Actor actor, CancellationToken cancellationToken) =>
        await associationOfRecord.FirstOrDefaultAsync(cancellationToken) switch
        {
            null => DeleteOutcome.Done,
            var association when !ProgrammeAccess.CanEditWorksitesOf(actor, association.Value) => DeleteOutcome.RefusedBecause(NotAllowed),
            _ => null,
        };

    private DeleteOutcome Deleted(ProgrammeItemKind kind, Guid id, Actor actor)
    {
        feed.Publish(new ProgrammeChange(kind, id, actor.Name));
        return DeleteOutcome.Done;
    }
}
