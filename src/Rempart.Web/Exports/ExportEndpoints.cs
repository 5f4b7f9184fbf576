using Rempart.Domain.Invoicing;
using Rempart.Web.Accounts;

namespace Rempart.Web.Exports;

/// <summary>
/// The back-office lists as CSV or XLSX, with the filters the page shows: the same operations as
/// the pages, so an export never holds a row its asker could not see there (each operation scopes
/// by who asks). Pages and these files stop at 500 rows; a complete export runs in the background
/// (<see cref="QueueExport"/>) and waits in "Mes exports".
/// </summary>
public static class ExportEndpoints
{
    public const string Path = "/exports";

    /// <summary>Where a background export's file is downloaded, by its owner only.</summary>
    public const string MinePath = "/mes-exports/fichiers";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Path}/{{list}}.{{format}}", async (string list, string format, HttpContext http, IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var actor = CurrentActor.From(http.User);
            var query = http.Request.Query;
            if (!ExportLists.Known(list)) return Results.NotFound();
            var table = await services.GetRequiredService<ExportLists>().BuildAsync(list, query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()), actor, cancellationToken);
            if (table is null) return Results.Forbid();
            http.Response.Headers.CacheControl = "no-store";
            var name = $"{list}-{ParisTime.DayOf(clock.GetUtcNow().UtcDateTime):yyyy-MM-dd}.{format}";
            return format == "csv"
                ? Results.File(CsvFile.Write(table), "text/csv; charset=utf-8", name)
                : Results.File(XlsxFile.Write(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).RequireAuthorization();

        endpoints.MapGet($"{MinePath}/{{id:guid}}", async (Guid id, Data.Exports.ExportFiles files, HttpContext http, CancellationToken cancellationToken) =>
        {
            var opened = await files.OpenAsync(id, CurrentActor.From(http.User), cancellationToken);
            if (opened is not { } file) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            var type = file.Export.Format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return Results.File(file.Path, type, file.Export.FileName);
        }).RequireAuthorization();
        return endpoints;
    }
}
