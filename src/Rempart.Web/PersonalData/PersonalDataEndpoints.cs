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

    /// <summary>The signed-in person downloads everything Rempart holds about them, as JSON or PDF; each export is logged.</summary>
    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AccountUrls.MyDataExport, (ExportPersonalData export, WriteAudit audit, HttpContext http, CancellationToken cancellationToken) =>
            ExportAsync(export, audit, http, "JSON", data => (JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", "json"), cancellationToken))
            .RequireAuthorization();
        endpoints.MapGet(AccountUrls.MyDataExportPdf, (ExportPersonalData export, WriteAudit audit, HttpContext http, CancellationToken cancellationToken) =>
            ExportAsync(export, audit, http, "PDF", data => (PersonalDataPdf.Write(data), "application/pdf", "pdf"), cancellationToken))
            .RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        ExportPersonalData export, WriteAudit audit, HttpContext http, string format,
        Func<PersonalDataExport, (byte[] Content, string ContentType, string Extension)> write, CancellationToken cancellationToken)
    {
        var actor = CurrentActor.From(http.User);
        var data = await export.ExecuteAsync(actor.UserId, cancellationToken);
        if (data is null) return Results.NotFound();
        await audit.ExecuteAsync(AuditEvent.PersonalDataExported, actor.UserId, data.Account.Email, http.Connection.RemoteIpAddress?.ToString(), format, cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var (content, contentType, extension) = write(data);
        return Results.File(content, contentType, $"mes-donnees-rempart-{data.ExportedAt:yyyy-MM-dd}.{extension}");
    }
}
