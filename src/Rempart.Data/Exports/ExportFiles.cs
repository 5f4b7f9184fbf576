using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Exports;

namespace Rempart.Data.Exports;

/// <summary>Bound from "Exports".</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>How long a finished export is kept for its owner before a nightly job deletes it.</summary>
    public int KeepDays { get; set; } = 7;

    /// <summary>A run still "running" after this long was cut short (a restart): it is marked failed.</summary>
    public int StaleAfterMinutes { get; set; } = 60;
}

/// <summary>
/// The background exports' records and files (in &lt;Storage:Root&gt;/exports, under generated names):
/// queued by their owner, moved along by the job that makes them, listed and opened by their owner
/// only, purged when expired, and failed when a run was cut short.
/// </summary>
public sealed class ExportFiles(IDbContextFactory<RempartDbContext> contexts, StorageOptions storage, IOptions<ExportOptions> options, TimeProvider clock)
{
    public string Folder => Path.Combine(storage.Root, "exports");

    public async Task<ExportFile> QueueAsync(Actor owner, string list, string format, string query, string fileName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var export = new ExportFile
        {
            OwnerId = owner.UserId, List = list, Format = format, Query = query, FileName = fileName,
            Status = ExportStatus.Queued, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ExportFiles.Add(export);
        await db.SaveChangesAsync(cancellationToken);
        return export;
    }

    /// <summary>The export to make, moved to running (again, when a recovered run starts over); null when there is nothing left to do.</summary>
    public async Task<ExportFile?> StartAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var export = await db.ExportFiles.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (export is null || export.Status is ExportStatus.Done or ExportStatus.Failed) return null;
        (export.Status, export.Progress, export.StartedAt) = (ExportStatus.Running, 0, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return export;
    }

    public async Task ReportAsync(Guid id, int progress, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ExportFiles.Where(e => e.Id == id && e.Status == ExportStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Progress, Math.Clamp(progress, 0, 99)), cancellationToken);
    }

    /// <summary>Writes the file and marks the export done; it expires after <see cref="ExportOptions.KeepDays"/>.</summary>
    public async Task CompleteAsync(Guid id, byte[] content, int rows, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var stored = $"{Guid.NewGuid():N}.bin";
        await File.WriteAllBytesAsync(Path.Combine(Folder, stored), content, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ExportFiles.Where(e => e.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Status, ExportStatus.Done).SetProperty(e => e.Progress, 100).SetProperty(e => e.Rows, rows)
            .SetProperty(e => e.StoredName, stored).SetProperty(e => e.FinishedAt, now).SetProperty(e => e.ExpiresAt, now.AddDays(options.Value.KeepDays)), cancellationToken);
    }

    public async Task FailAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ExportFiles.Where(e => e.Id == id && e.Status != ExportStatus.Done).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Status, ExportStatus.Failed).SetProperty(e => e.Error, error).SetProperty(e => e.FinishedAt, now)
            .SetProperty(e => e.ExpiresAt, now.AddDays(options.Value.KeepDays)), cancellationToken);
    }

    /// <summary>The asker's own exports, newest first.</summary>
    public async Task<IReadOnlyList<ExportFile>> MineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ExportFiles.AsNoTracking().Where(e => e.OwnerId == actor.UserId && actor.UserId != Guid.Empty)
            .OrderByDescending(e => e.CreatedAt).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>A finished export's file, for its owner only; null for anyone else, as for one that does not exist.</summary>
    public async Task<(ExportFile Export, string Path)?> OpenAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var export = await db.ExportFiles.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.OwnerId == actor.UserId && e.Status == ExportStatus.Done, cancellationToken);
        if (export?.StoredName is not { } stored) return null;
        var path = Path.Combine(Folder, stored);
        return File.Exists(path) ? (export, path) : null;
    }

    /// <summary>Deletes expired exports, file and record; fails those left running too long (their run was cut short).</summary>
    public async Task<(int Purged, int Failed)> TidyAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stale = now.AddMinutes(-options.Value.StaleAfterMinutes);
        var failed = await db.ExportFiles.Where(e => (e.Status == ExportStatus.Running && e.StartedAt < stale) || (e.Status == ExportStatus.Queued && e.CreatedAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ExportStatus.Failed)
                .SetProperty(e => e.Error, "L'export a été interrompu (redémarrage du serveur) : relancez-le.")
                .SetProperty(e => e.FinishedAt, now).SetProperty(e => e.ExpiresAt, now.AddDays(options.Value.KeepDays)), cancellationToken);
        var expired = await db.ExportFiles.Where(e => e.ExpiresAt < now).ToListAsync(cancellationToken);
        foreach (var export in expired.Where(e => e.StoredName is not null))
            File.Delete(Path.Combine(Folder, export.StoredName!));
        db.ExportFiles.RemoveRange(expired);
        await db.SaveChangesAsync(cancellationToken);
        return (expired.Count, failed);
    }
}
