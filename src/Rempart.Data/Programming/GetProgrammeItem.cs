using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>
/// Loads one site, worksite, session or leader for its form (untracked: the form edits a copy).
/// A worksite or session of another association is not found for an association manager.
/// </summary>
public sealed class GetProgrammeItem(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<Site?> SiteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<Worksite?> WorksiteAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var worksite = await db.Worksites.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        return worksite is not null && ProgrammeAccess.CanEditWorksitesOf(actor, worksite.AssociationId) ? worksite : null;
    }

    public async Task<Session?> SessionAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var association = await db.Sessions.Where(s => s.Id == id).Join(db.Worksites, s => s.WorksiteId, w => w.Id, (s, w) => (Guid?)w.AssociationId)
            .FirstOrDefaultAsync(cancellationToken);
        if (association is null || !ProgrammeAccess.CanEditWorksitesOf(actor, association.Value)) return null;
        return await SessionAsync(id, cancellationToken);
    }

    /// <summary>For operations that check rights themselves.</summary>
    internal async Task<Session?> SessionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.AsNoTracking().Include(s => s.Leaders).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<Leader?> LeaderAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Leaders.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
    }
}
