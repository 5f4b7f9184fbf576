using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>
/// Creates or updates a session: its own rules, the date control against other sessions (same
/// worksite, same leaders), the association's rights, and the version check, in one transaction.
/// </summary>
public sealed class SaveSession(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    public async Task<SaveOutcome> ExecuteAsync(Session? original, Session edited, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = SessionRules.Validate(edited);
        if (errors.Count > 0) return SaveOutcome.Invalid(errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var association = await db.Worksites.AsNoTracking().Where(w => w.Id == edited.WorksiteId).Select(w => (Guid?)w.AssociationId).FirstOrDefaultAsync(cancellationToken);
        if (association is null)
            return SaveOutcome.Invalid(new Dictionary<string, string> { [nameof(Session.WorksiteId)] = "Choisissez le chantier de la session." });
        if (!ProgrammeAccess.CanEditWorksitesOf(actor, association.Value)) return SaveOutcome.Refused();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Whether associations may fill the open pool is the union's call, never an association's.
        if (!actor.IsStaff) edited.OpenPoolForOrganisations = original?.OpenPoolForOrganisations ?? false;
        var leaderIds = edited.Leaders.Select(l => l.LeaderId).Distinct().ToList();
        if (edited.Status != SessionStatus.Cancelled)
        {
            var conflicts = await FindScheduleConflicts.ExecuteAsync(db, edited.Id, edited.WorksiteId, edited.StartDate, edited.EndDate, leaderIds, cancellationToken);
            if (conflicts.Count > 0) return SaveOutcome.Conflicting(conflicts);
        }

        var outcome = await VersionedSave.ExecuteAsync(db, original, edited.CopyFields(), actor, clock, async entity =>
        {
            var current = await db.SessionLeaders.Where(l => l.SessionId == entity.Id).ToListAsync(cancellationToken);
            db.SessionLeaders.RemoveRange(current.Where(l => !leaderIds.Contains(l.LeaderId)));
            db.SessionLeaders.AddRange(leaderIds.Where(id => current.All(l => l.LeaderId != id))
                .Select(id => new SessionLeader { SessionId = entity.Id, LeaderId = id }));
        }, cancellationToken);
        if (outcome.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
            feed.Publish(new ProgrammeChange(ProgrammeItemKind.Session, edited.Id, actor.Name));
        }
        return outcome;
    }
}
