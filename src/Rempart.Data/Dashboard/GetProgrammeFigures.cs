using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Organisations;

namespace Rempart.Data.Dashboard;

public sealed record ProgrammeFigures(int Associations, int Sites, int Worksites, int SessionsThisSeason, int Volunteers);

/// <summary>The head counts of the staff dashboard: a handful of COUNTs, no rows loaded.</summary>
public sealed class GetProgrammeFigures(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<ProgrammeFigures> ExecuteAsync(int season, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(season, 1, 1);
        var to = new DateOnly(season + 1, 1, 1);
        return new ProgrammeFigures(
            await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.MemberAssociation, cancellationToken),
            await db.Sites.CountAsync(cancellationToken),
            await db.Worksites.CountAsync(cancellationToken),
            await db.Sessions.CountAsync(s => s.StartDate >= from && s.StartDate < to, cancellationToken),
            await db.Volunteers.CountAsync(cancellationToken));
    }
}
