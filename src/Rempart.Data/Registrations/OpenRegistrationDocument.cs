using Microsoft.EntityFrameworkCore;
using Rempart.Data.Audit;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>A document's file, for a checked download.</summary>
public sealed record DocumentFile(string Path, string ContentType, string FileName);

/// <summary>
/// Opens a registration document for someone entitled to see its registration. A health form opens
/// only for the volunteer's side and organisers holding the health permission, and every opening of
/// one is written to the security log. Anyone else gets nothing, as if it did not exist.
/// </summary>
public sealed class OpenRegistrationDocument(IDbContextFactory<RempartDbContext> contexts, StorageOptions storage, WriteAudit audit)
{
    public async Task<DocumentFile?> ExecuteAsync(Guid documentId, Actor actor, string? ipAddress, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.RegistrationDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        var scope = document is null ? null : await RegistrationScope.LoadAsync(db, document.RegistrationId, actor, cancellationToken);
        if (document is null || scope is null || scope.Roles.Count == 0) return null;
        if (document.Kind == DocumentKind.HealthForm)
        {
            if (!RegistrationDocumentAccess.MayOpenHealthForm(actor, scope.Roles)) return null;
            var volunteer = await db.Volunteers.Where(v => v.Id == scope.Registration.VolunteerId).Select(v => v.FirstName + " " + v.LastName).FirstAsync(cancellationToken);
            await audit.ExecuteAsync(AuditEvent.HealthDocumentOpened, actor.UserId, null, ipAddress,
                $"Fiche sanitaire de {volunteer} (inscription {document.RegistrationId}) ouverte par {actor.Name}", cancellationToken);
        }
        var path = Path.Combine(AddRegistrationDocument.FolderOf(storage), document.StoredName);
        return File.Exists(path) ? new DocumentFile(path, document.ContentType, document.FileName) : null;
    }
}
