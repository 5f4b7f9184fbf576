using System.Text.Encodings.Web;
using System.Text.Json;
using Rempart.Data.Audit;
using Rempart.Data.PersonalData;
using Rempart.Domain.Audit;
using Rempart.Web.Accounts;

namespace Rempart.Web.PersonalData;

public static class PersonalDataEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Accents stay readable in the file a person opens in a text editor.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The signed-in person downloads everything Rempart holds about them, as JSON; each export is logged.</summary>
    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AccountUrls.MyDataExport, async (ExportPersonalData export, WriteAudit audit, HttpContext http, CancellationToken cancellationToken) =>
        {
            var actor = CurrentActor.From(http.User);
            var data = await export.ExecuteAsync(actor.UserId, cancellationToken);
            if (data is null) return Results.NotFound();
            await audit.ExecuteAsync(AuditEvent.PersonalDataExported, actor.UserId, data.Account.Email, http.Connection.RemoteIpAddress?.ToString(), null, cancellationToken);
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", $"mes-donnees-rempart-{data.ExportedAt:yyyy-MM-dd}.json");
        }).RequireAuthorization();
        return endpoints;
    }
}
