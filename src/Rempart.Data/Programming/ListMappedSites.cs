using Microsoft.EntityFrameworkCore;

namespace Rempart.Data.Programming;

public sealed record MappedSite(Guid Id, string Name, string Commune, double Latitude, double Longitude);

/// <summary>The sites that have coordinates, for the map, and how many still lack them.</summary>
public sealed class ListMappedSites(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<(IReadOnlyList<MappedSite> Placed, int Unplaced)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var placed = await db.Sites.Where(s => s.Latitude != null && s.Longitude != null).OrderBy(s => s.Name)
            .Select(s => new MappedSite(s.Id, s.Name, s.Commune, s.Latitude!.Value, s.Longitude!.Value)).ToListAsync(cancellationToken);
        var unplaced = await db.Sites.CountAsync(s => s.Latitude == null || s.Longitude == null, cancellationToken);
        return (placed, unplaced);
    }
}
