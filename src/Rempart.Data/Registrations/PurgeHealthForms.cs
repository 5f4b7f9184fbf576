using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>
/// Health data is kept only as long as it serves: the health forms of a session are deleted,
/// file and record, Registrations:HealthFormRetentionDays after it ends. Each session's history
/// says how many were deleted. Run daily; running twice deletes nothing more.
/// </summary>
public sealed class PurgeHealthForms(IDbContextFactory<RempartDbContext> contexts, StorageOptions storage, IOptions<RegistrationOptions> options, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var endedBefore = DateOnly.FromDateTime(now).AddDays(-options.Value.HealthFormRetentionDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await (from d in db.RegistrationDocuments
                         join r in db.Registrations on d.RegistrationId equals r.Id
                         join s in db.Sessions on r.SessionId equals s.Id
                         where d.Kind == DocumentKind.HealthForm && s.EndDate < endedBefore
                         select new { Document = d, r.SessionId }).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        db.RegistrationDocuments.RemoveRange(due.Select(x => x.Document));
        foreach (var session in due.GroupBy(x => x.SessionId))
            db.SessionEvents.Add(new SessionEvent
            {
                SessionId = session.Key, At = now, By = "Rempart",
                Text = $"{session.Count()} fiche(s) sanitaire(s) supprimée(s), {options.Value.HealthFormRetentionDays} jours après la fin de la session.",
            });
        await db.SaveChangesAsync(cancellationToken);
        // Files go once their records are gone: a failure between the two leaves an orphan file, never a record without its file.
        var folder = AddRegistrationDocument.FolderOf(storage);
        foreach (var x in due) File.Delete(Path.Combine(folder, x.Document.StoredName));
        return due.Count;
    }
}
