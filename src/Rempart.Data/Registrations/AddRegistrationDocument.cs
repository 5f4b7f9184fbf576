using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>
/// Keeps a document sent for a registration: one the session asks for, checked by its first bytes
/// (PDF, JPEG, PNG) and its size, stored under a generated name in the data folder's private
/// uploads, never under the web root. A new file for the same document replaces the previous one,
/// which is deleted. Refused, it leaves nothing behind.
/// </summary>
public sealed class AddRegistrationDocument(
    IDbContextFactory<RempartDbContext> contexts, StorageOptions storage, IOptions<RegistrationOptions> options, TimeProvider clock)
{
    internal static string FolderOf(StorageOptions storage) => Path.Combine(storage.UploadsFolder, "registrations");

    public async Task<(RegistrationDocument? Document, string? Refusal)> ExecuteAsync(
        Guid registrationId, DocumentKind kind, string fileName, Stream content, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken);
        if (scope is null || scope.Roles.Count == 0) return (null, "Cette inscription n'existe pas.");
        if (!scope.FileOpen) return (null, $"L'inscription est « {RegistrationLifecycle.Label(scope.Registration.Stage)} » : son dossier ne se modifie plus.");
        var birthDate = await db.Volunteers.Where(v => v.Id == scope.Registration.VolunteerId).Select(v => v.BirthDate).FirstAsync(cancellationToken);
        var session = scope.Session;
        if (!DocumentRules.Required(session.RequiresIdentityDocument, session.RequiresHealthForm, session.RequiredCertificate, Age.On(birthDate, session.StartDate)).Contains(kind))
            return (null, "Cette session ne demande pas ce document.");

        var folder = FolderOf(storage);
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"upload-{Guid.NewGuid():N}.tmp");
        try
        {
            var (size, header) = await CappedUpload.CopyAsync(content, temporary, options.Value.DocumentMaxBytes, cancellationToken);
            var name = Path.GetFileName(fileName.Trim());
            name = name.Length > 200 ? name[^200..] : name;
            var format = DocumentFormat.Detect(header);
            if (DocumentRules.Refuse(name, size, options.Value.DocumentMaxBytes, format) is { } refusal) return (null, refusal);

            var document = new RegistrationDocument
            {
                RegistrationId = registrationId, Kind = kind, FileName = name, ContentType = format!.ContentType, SizeBytes = size,
                UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = actor.UserId, Status = DocumentStatus.Submitted,
            };
            document.StoredName = $"{document.Id:N}.{format.Extension}";
            File.Move(temporary, Path.Combine(folder, document.StoredName));
            var previous = await db.RegistrationDocuments.Where(d => d.RegistrationId == registrationId && d.Kind == kind).ToListAsync(cancellationToken);
            db.RegistrationDocuments.RemoveRange(previous);
            db.RegistrationDocuments.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var old in previous) File.Delete(Path.Combine(folder, old.StoredName));
            return (document, null);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
