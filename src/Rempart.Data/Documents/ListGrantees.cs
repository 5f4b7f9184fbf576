using Microsoft.EntityFrameworkCore;

namespace Rempart.Data.Documents;

public sealed record GranteeChoice(Guid Id, string Name);

/// <summary>The organisations and extranet groups a folder's rights may name, for the rights editor.</summary>
public sealed class ListGrantees(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<(IReadOnlyList<GranteeChoice> Organisations, IReadOnlyList<GranteeChoice> Groups)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new GranteeChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var groups = await db.ExtranetGroups.OrderBy(g => g.Name).Select(g => new GranteeChoice(g.Id, g.Name)).ToListAsync(cancellationToken);
        return (organisations, groups);
    }
}
