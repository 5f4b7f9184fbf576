using Rempart.Data.Invoicing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Registrations;
using Rempart.Web.Accounts;
using Rempart.Web.Registrations;

namespace Rempart.Web.Exports;

/// <summary>
/// The back-office lists as CSV or XLSX, with the filters the page shows: the same operations as
/// the pages, so an export never holds a row its asker could not see there (each operation scopes
/// by who asks). Lists are those pages cap at 500 rows; longer ones go to background exports.
/// </summary>
public static class ExportEndpoints
{
    public const string Path = "/exports";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Path}/{{list}}.{{format}}", async (string list, string format, HttpContext http, IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (format is not ("csv" or "xlsx")) return Results.NotFound();
            var actor = CurrentActor.From(http.User);
            var query = http.Request.Query;
            var table = list switch
            {
                "inscriptions" => await RegistrationsAsync(services.GetRequiredService<ListRegistrations>(), actor, query["groupe"], query["q"], cancellationToken),
                "commandes" => await OrdersAsync(services.GetRequiredService<ListOrders>(), actor, query["dus"] != "0", query["q"], cancellationToken),
                "factures" => await InvoicesAsync(services.GetRequiredService<ListInvoices>(), actor, query["type"], query["annee"], query["q"], cancellationToken),
                _ => null,
            };
            if (table is null) return list is "inscriptions" or "commandes" or "factures" ? Results.Forbid() : Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            var name = $"{list}-{ParisTime.DayOf(clock.GetUtcNow().UtcDateTime):yyyy-MM-dd}.{format}";
            return format == "csv"
                ? Results.File(CsvFile.Write(table), "text/csv; charset=utf-8", name)
                : Results.File(XlsxFile.Write(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).RequireAuthorization();
        return endpoints;
    }

    private static async Task<ExportTable?> RegistrationsAsync(ListRegistrations list, Actor actor, string? group, string? search, CancellationToken cancellationToken)
    {
        if (!actor.IsStaff && !actor.Profiles.Contains(ProfileKind.AssociationManager)) return null;
        var page = await list.ExecuteAsync(new RegistrationFilter(RegistrationFilters.StagesOf(group), search), actor, cancellationToken);
        return new ExportTable("Inscriptions",
            ["Volontaire", "Date de naissance", "Âge au départ", "Chantier", "Site", "Début", "Fin", "Association", "Étape", "Reçue le"],
            page.Rows.Select(r => (IReadOnlyList<object?>)[r.VolunteerName, r.BirthDate, r.AgeAtStart, r.Worksite, r.Site, r.Start, r.End, r.Association,
                RegistrationLifecycle.Label(r.Stage), r.CreatedAt]).ToList());
    }

    private static async Task<ExportTable?> OrdersAsync(ListOrders list, Actor actor, bool dueOnly, string? search, CancellationToken cancellationToken)
    {
        var rows = await list.ExecuteAsync(dueOnly, search, actor, cancellationToken);
        return rows is null ? null : new ExportTable("Commandes",
            ["Date", "Volontaire", "Facturé à", "Chantier", "Début", "Étape", "Montant", "Réglé", "Reste à payer"],
            rows.Select(o => (IReadOnlyList<object?>)[o.CreatedAt, o.VolunteerName, o.BilledTo, o.Worksite, o.Start, RegistrationLifecycle.Label(o.Stage), o.Total, o.Paid, o.Due]).ToList());
    }

    private static async Task<ExportTable?> InvoicesAsync(ListInvoices list, Actor actor, string? kind, string? year, string? search, CancellationToken cancellationToken)
    {
        var filter = new InvoiceFilter(Enum.TryParse<InvoiceKind>(kind, out var k) ? k : null, int.TryParse(year, out var y) ? y : null, search);
        var page = await list.ExecuteAsync(filter, actor, cancellationToken);
        return page is null ? null : new ExportTable("Factures",
            ["Numéro", "Type", "Date", "Facturé à", "Volontaire", "Chantier", "Début", "Montant", "Se rapporte à"],
            page.Rows.Select(i => (IReadOnlyList<object?>)[i.Number, InvoiceNumbers.Title(i.Kind), i.IssuedAt, i.BilledTo, i.VolunteerName, i.Worksite, i.Start,
                i.Kind == InvoiceKind.CreditNote ? -i.Total : i.Total, i.CreditsNumber]).ToList());
    }
}
