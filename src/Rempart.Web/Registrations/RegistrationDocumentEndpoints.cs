using Rempart.Data.Registrations;
using Rempart.Web.Accounts;

namespace Rempart.Web.Registrations;

public static class RegistrationDocumentEndpoints
{
    public const string Path = "/inscriptions/documents";

    /// <summary>
    /// Downloads a registration document for a signed-in person entitled to it (the operation checks
    /// who asks and logs health forms). Always as an attachment with its checked type and nosniff:
    /// the browser never renders a volunteer's upload as a page of Rempart's origin. Never cached.
    /// </summary>
    public static IEndpointRouteBuilder MapRegistrationDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Path}/{{id:guid}}", async (Guid id, OpenRegistrationDocument open, HttpContext http, CancellationToken cancellationToken) =>
        {
            var file = await open.ExecuteAsync(id, CurrentActor.From(http.User), http.Connection.RemoteIpAddress?.ToString(), cancellationToken);
            if (file is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Path, file.ContentType, file.FileName);
        }).RequireAuthorization();
        return endpoints;
    }
}
