using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>Loads one site, worksite, session or leader for its form (untracked: the form edits a copy).</summary>
public sealed class GetProgrammeItem(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<Site?> SiteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<Worksite?> WorksiteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Worksites.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
    }

    public async Task<Session?> SessionAsync(Guid id, CancellationToken cancellationToken = default)
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
