using Microsoft.Net.Http.Headers;
using Rempart.Data.Programming;

namespace Rempart.Web.Programming;

public static class PhotoEndpoints
{
    /// <summary>
    /// Serves a photo by id. Anonymous: photos illustrate the public programme and hold no personal
    /// data. A photo's file never changes (a new upload is a new id), so browsers may keep it a year.
    /// </summary>
    public static IEndpointRouteBuilder MapPhotoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/photos/{id:guid}", async (Guid id, ManagePhotos photos, HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await photos.LocateAsync(id, cancellationToken) is not { } photo) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(photo.Path, photo.ContentType, lastModified: photo.UploadedAt,
                entityTag: new EntityTagHeaderValue($"\"{id:N}\""), enableRangeProcessing: false);
        });
        return endpoints;
    }
}
