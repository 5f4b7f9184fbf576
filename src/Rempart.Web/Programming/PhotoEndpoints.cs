using Microsoft.Net.Http.Headers;
using Rempart.Data.Programming;
using Rempart.Domain.Programming;

namespace Rempart.Web.Programming;

public static class PhotoEndpoints
{
    /// <summary>
    /// Serves a photo by id. Anonymous: photos illustrate the public programme and hold no personal
    /// data. A photo's file never changes (a new upload is a new id), so browsers may keep it a year.
    /// <c>?taille=vignette|moyenne|grande</c> serves it at most 320, 800 or 1600 pixels wide.
    /// </summary>
    public static IEndpointRouteBuilder MapPhotoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/photos/{id:guid}", async (Guid id, ManagePhotos photos, SizePhoto sizes, HttpContext http, CancellationToken cancellationToken, string? taille = null) =>
        {
            if (await photos.LocateAsync(id, cancellationToken) is not { } photo) return Results.NotFound();
            var size = PhotoSizes.Parse(taille);
            // A size not on the list does not exist, as a photo that does not.
            if (taille is not null && size is null) return Results.NotFound();
            var path = size is { } wanted ? await sizes.ExecuteAsync(id, photo.Path, photo.ContentType, wanted, cancellationToken) : photo.Path;
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(path, photo.ContentType, lastModified: photo.UploadedAt,
                entityTag: new EntityTagHeaderValue($"\"{id:N}{(size is null ? "" : "-" + (int)size)}\""), enableRangeProcessing: false);
        });
        return endpoints;
    }
}
