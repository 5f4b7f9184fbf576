using Microsoft.Net.Http.Headers;
using Rempart.Data.Documents;
using Rempart.Web.Accounts;

namespace Rempart.Web.Documents;

public static class DocumentEndpoints
{
    public const string Path = "/documents/fichiers";

    /// <summary>
    /// A document's file, for whoever may read its folder, the public included where a folder says
    /// so. As an attachment, except PDFs and images asked for a preview (<c>?apercu=true</c>),
    /// which open in the browser; always with their checked type and nosniff. Someone not signed in
    /// is asked to sign in first; someone signed in who may not read it gets "not found".
    /// </summary>
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Path}/{{id:guid}}", async (Guid id, int? version, bool? apercu, OpenDocumentFile open, HttpContext http, CancellationToken cancellationToken) =>
        {
            var signedIn = http.User.Identity?.IsAuthenticated == true;
            var found = await open.ExecuteAsync(id, version, signedIn ? CurrentActor.From(http.User) : null, cancellationToken);
            if (found is not { } file) return signedIn ? Results.NotFound() : Results.Challenge();
            http.Response.Headers.CacheControl = "private, no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            if (apercu == true && file.Format.Previews)
            {
                var disposition = new ContentDispositionHeaderValue("inline");
                disposition.SetHttpFileName(file.File.FileName);
                http.Response.Headers.ContentDisposition = disposition.ToString();
                return Results.File(file.File.Path, file.File.ContentType);
            }
            return Results.File(file.File.Path, file.File.ContentType, file.File.FileName);
        });
        return endpoints;
    }
}
