using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>
/// Creates or updates a worksite. An association manager may only save worksites of their own
/// association, before and after the change (no moving a worksite to or from another association).
/// </summary>
public sealed class SaveWorksite(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    public async Task<SaveOutcome> ExecuteAsync(Worksite? original, Worksite edited, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ProgrammeAccess.CanEditWorksitesOf(actor, edited.AssociationId)) return SaveOutcome.Refused();
        var errors = new Dictionary<string, string>(WorksiteRules.Validate(edited));
        if (errors.Count > 0) return SaveOutcome.Invalid(errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (original is not null)
        {
            var stored = await db.Worksites.AsNoTracking().Where(w => w.Id == edited.Id).Select(w => w.AssociationId).FirstOrDefaultAsync(cancellationToken);
            if (!ProgrammeAccess.CanEditWorksitesOf(actor, stored)) return SaveOutcome.Refused();
        }
        if (!await db.Sites.AnyAsync(s => s.Id == edited.SiteId, cancellationToken))
            return SaveOutcome.Invalid(new Dictionary<string, string> { [nameof(Worksite.SiteId)] = "Ce site n'existe plus." });
        var outcome = await VersionedSave.ExecuteAsync(db, original, edited, actor, clock, cancellationToken: cancellationToken);
        if (outcome.Succeeded) feed.Publish(new ProgrammeChange(ProgrammeItemKind.Worksite, edited.Id, actor.Name));
        return outcome;
    }
}
