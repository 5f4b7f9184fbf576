using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>Creates or updates a site: staff only, validated by <see cref="SiteRules"/>, versioned.</summary>
public sealed class SaveSite(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    /// <summary><paramref name="original"/> is the site as the form opened it; null for a new site.</summary>
    public async Task<SaveOutcome> ExecuteAsync(Site? original, Site edited, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!ProgrammeAccess.CanEditSites(actor)) return SaveOutcome.Refused();
        var errors = SiteRules.Validate(edited);
        if (errors.Count > 0) return SaveOutcome.Invalid(errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outcome = await VersionedSave.ExecuteAsync(db, original, edited, actor, clock, cancellationToken: cancellationToken);
        if (outcome.Succeeded) feed.Publish(new ProgrammeChange(ProgrammeItemKind.Site, edited.Id, actor.Name));
        return outcome;
    }
}
