using System.Globalization;
using Rempart.Data.Places;
using Rempart.Web.Accounts;
using Rempart.Web.Exports;

namespace Rempart.Web.Places;

public static class FillRateEndpoints
{
    public const string CsvPath = "/gestion/places/remplissage.csv";

    /// <summary>The fill rates of a season as CSV, for the staff who allocate places.</summary>
    public static IEndpointRouteBuilder MapFillRateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, async (int saison, GetFillRates rates, HttpContext http, CancellationToken cancellationToken) =>
        {
            var fill = await rates.ExecuteAsync(saison, CurrentActor.From(http.User), cancellationToken);
            var french = CultureInfo.GetCultureInfo("fr-FR");
            IEnumerable<IReadOnlyList<string>> Rows(string level, IEnumerable<FillRate> lines) => lines.Select(r => (IReadOnlyList<string>)
                [level, r.Label, r.Sessions.ToString(french), r.Capacity.ToString(french), r.Confirmed.ToString(french), r.Held.ToString(french), r.Rate.ToString("P0", french)]);
            var csv = CsvFile.Write(["Niveau", "Libellé", "Sessions", "Capacité", "Confirmées", "En cours", "Taux de remplissage"],
                Rows("Session", fill.BySession).Concat(Rows("Association", fill.ByAssociation)).Concat(Rows("Semaine", fill.ByWeek)));
            return Results.File(csv, "text/csv; charset=utf-8", $"remplissage-{saison}.csv");
        }).RequireAuthorization(SpacePolicies.BackOffice, SpacePolicies.PlacesAllocate);
        return endpoints;
    }
}
