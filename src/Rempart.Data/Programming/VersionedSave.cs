using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>
/// The save every versioned entity shares: insert, or update only when the version the person
/// started from is still the stored one; otherwise report who changed which fields since.
/// The version column is also an EF concurrency token, so a save racing between the check and
/// the write is caught by the database.
/// </summary>
internal static class VersionedSave
{
    public static async Task<SaveOutcome> ExecuteAsync<T>(
        RempartDbContext db, T? original, T edited, Actor actor, TimeProvider clock, Func<T, Task>? afterCopy = null,
        CancellationToken cancellationToken = default)
        where T : class, IVersioned
    {
        T entity;
        if (original is null)
        {
            entity = edited;
            db.Add(entity);
        }
        else
        {
            entity = await db.Set<T>().FirstOrDefaultAsync(e => e.Id == edited.Id, cancellationToken)
                ?? throw new InvalidOperationException("This record no longer exists.");
            if (entity.Version != original.Version)
                return SaveOutcome.Stale(Describe(db, entity, original));
            var version = entity.Version;
            db.Entry(entity).CurrentValues.SetValues(edited);
            // SetValues copied the edited version too: the token checked at write time is the one read here.
            db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        }
        if (afterCopy is not null) await afterCopy(entity);
        entity.Version = Guid.NewGuid();
        entity.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        entity.UpdatedBy = actor.Name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (original is not null)
        {
            var entry = db.Entry(entity);
            await entry.ReloadAsync(cancellationToken);
            return SaveOutcome.Stale(Describe(db, entity, original));
        }
        return SaveOutcome.Saved(entity);
    }

    private static ConcurrentChange Describe<T>(RempartDbContext db, T current, T original) where T : class, IVersioned
    {
        var ignored = new HashSet<string> { nameof(IVersioned.Version), nameof(IVersioned.UpdatedAt), nameof(IVersioned.UpdatedBy) };
        var changed = db.Model.FindEntityType(typeof(T))!.GetProperties()
            .Where(p => p.PropertyInfo is not null && !ignored.Contains(p.Name))
            .Where(p => !Equals(p.PropertyInfo!.GetValue(current), p.PropertyInfo.GetValue(original)))
            .Select(p => p.Name)
            .ToList();
        return new ConcurrentChange(current.UpdatedBy, current.UpdatedAt, changed);
    }
}
