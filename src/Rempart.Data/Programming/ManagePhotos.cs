using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>The outcome of adding a photo: the photo, or why it was refused (nothing is kept then).</summary>
public sealed record PhotoUpload(Photo? Photo, string? Refusal);

/// <summary>
/// Photos of sites and worksites: checked by content and size, stored in the data folder under
/// generated names (never the uploaded name, never under the web root), ordered, one cover.
/// Sites are the staff's; a worksite's photos belong to whoever may edit the worksite.
/// </summary>
public sealed class ManagePhotos(
    IDbContextFactory<RempartDbContext> contexts, StorageOptions storage, IOptions<PhotoOptions> options, ProgrammeChangeFeed feed)
{
    private string Folder => Path.Combine(storage.UploadsFolder, "photos");

    public async Task<IReadOnlyList<Photo>> ListAsync(PhotoOwner owner, Guid ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Photos.AsNoTracking().Where(p => p.OwnerKind == owner && p.OwnerId == ownerId).OrderBy(p => p.Position).ToListAsync(cancellationToken);
    }

    public async Task<PhotoUpload> AddAsync(
        PhotoOwner owner, Guid ownerId, string fileName, Stream content, string altText, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MayEditAsync(db, owner, ownerId, actor, cancellationToken))
            return new PhotoUpload(null, "Vous n'avez pas le droit d'ajouter des photos ici.");

        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $"upload-{Guid.NewGuid():N}.tmp");
        try
        {
            var (size, header) = await CappedUpload.CopyAsync(content, temporary, options.Value.MaxBytes, cancellationToken);
            var format = ImageFormat.Detect(header);
            if (PhotoRules.Refuse(fileName, size, options.Value.MaxBytes, format, altText) is { } refusal)
                return new PhotoUpload(null, refusal);

            var photo = new Photo
            {
                OwnerKind = owner, OwnerId = ownerId, ContentType = format!.ContentType, SizeBytes = size, AltText = altText.Trim(),
                Position = await db.Photos.CountAsync(p => p.OwnerKind == owner && p.OwnerId == ownerId, cancellationToken),
            };
            photo.StoredName = $"{photo.Id:N}.{format.Extension}";
            photo.IsCover = photo.Position == 0;
            File.Move(temporary, Path.Combine(Folder, photo.StoredName));
            db.Photos.Add(photo);
            await db.SaveChangesAsync(cancellationToken);
            feed.Publish(new ProgrammeChange(owner == PhotoOwner.Site ? ProgrammeItemKind.Site : ProgrammeItemKind.Worksite, ownerId, actor.Name));
            return new PhotoUpload(photo, null);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Puts the photos in the given order and makes <paramref name="cover"/> the cover.</summary>
    public async Task<bool> ArrangeAsync(PhotoOwner owner, Guid ownerId, IReadOnlyList<Guid> order, Guid? cover, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MayEditAsync(db, owner, ownerId, actor, cancellationToken)) return false;
        var photos = await db.Photos.Where(p => p.OwnerKind == owner && p.OwnerId == ownerId).ToListAsync(cancellationToken);
        PhotoRules.Arrange(photos, order, cover);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<string?> UpdateAltAsync(Guid photoId, string altText, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var photo = await db.Photos.FirstOrDefaultAsync(p => p.Id == photoId, cancellationToken);
        if (photo is null || !await MayEditAsync(db, photo.OwnerKind, photo.OwnerId, actor, cancellationToken))
            return "Vous n'avez pas le droit de modifier cette photo.";
        if (PhotoRules.RefuseDescription("cette photo", altText) is { } refusal) return refusal;
        photo.AltText = altText.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> DeleteAsync(Guid photoId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var photo = await db.Photos.FirstOrDefaultAsync(p => p.Id == photoId, cancellationToken);
        if (photo is null || !await MayEditAsync(db, photo.OwnerKind, photo.OwnerId, actor, cancellationToken)) return false;
        db.Photos.Remove(photo);
        var others = await db.Photos.Where(p => p.OwnerKind == photo.OwnerKind && p.OwnerId == photo.OwnerId && p.Id != photo.Id).ToListAsync(cancellationToken);
        PhotoRules.Arrange(others, others.OrderBy(p => p.Position).Select(p => p.Id).ToList(), null);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(Path.Combine(Folder, photo.StoredName));
        return true;
    }

    /// <summary>The stored file of a photo, for the download endpoint; null when unknown.</summary>
    public async Task<(string Path, string ContentType, DateTime UploadedAt)?> LocateAsync(Guid photoId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var photo = await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, cancellationToken);
        if (photo is null) return null;
        var path = Path.Combine(Folder, photo.StoredName);
        return File.Exists(path) ? (path, photo.ContentType, photo.UploadedAt) : null;
    }

    private static async Task<bool> MayEditAsync(RempartDbContext db, PhotoOwner owner, Guid ownerId, Actor actor, CancellationToken cancellationToken)
    {
        if (owner == PhotoOwner.Site)
            return ProgrammeAccess.CanEditSites(actor) && await db.Sites.AnyAsync(s => s.Id == ownerId, cancellationToken);
        var association = await db.Worksites.Where(w => w.Id == ownerId).Select(w => (Guid?)w.AssociationId).FirstOrDefaultAsync(cancellationToken);
        return association is { } id && ProgrammeAccess.CanEditWorksitesOf(actor, id);
    }
}
