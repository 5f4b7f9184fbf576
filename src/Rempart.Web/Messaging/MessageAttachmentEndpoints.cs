using Rempart.Data.Messaging;
using Rempart.Web.Accounts;

namespace Rempart.Web.Messaging;

public static class MessageAttachmentEndpoints
{
    /// <summary>
    /// Downloads a message's attachment for someone involved in its conversation (the operation
    /// checks who asks). Always as an attachment, with its checked type, nosniff and no caching.
    /// </summary>
    public static IEndpointRouteBuilder MapMessageAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{MessagingRoutes.Attachments}/{{id:guid}}", async (Guid id, OpenMessageAttachment open, HttpContext http, CancellationToken cancellationToken) =>
        {
            var file = await open.ExecuteAsync(id, CurrentActor.From(http.User), cancellationToken);
            if (file is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Path, file.ContentType, file.FileName);
        }).RequireAuthorization();
        return endpoints;
    }
}
