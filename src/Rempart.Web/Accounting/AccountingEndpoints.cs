using Microsoft.Extensions.Options;
using Rempart.Data.Accounting;
using Rempart.Domain.Accounting;
using Rempart.Domain.Invoicing;
using Rempart.Web.Accounts;
using Rempart.Web.Exports;

namespace Rempart.Web.Accounting;

public static class AccountingEndpoints
{
    public const string JournalPath = "/gestion/comptabilite/journal.txt";

    /// <summary>The journal of a period in the FEC layout, for the accountant; the accounting space's filters apply.</summary>
    public static IEndpointRouteBuilder MapAccountingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(JournalPath, async (HttpContext http, ReadMovements read, IOptions<AccountingOptions> accounts, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var query = http.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
            var filter = ExportLists.MovementFilterOf(query, ParisTime.DayOf(clock.GetUtcNow().UtcDateTime));
            var movements = await read.ExecuteAsync(filter, CurrentActor.From(http.User), cancellationToken);
            if (movements is null) return Results.Forbid();
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(FecFile.Write(Journal.Of(movements, accounts.Value.Chart())), "text/plain; charset=utf-8",
                $"FEC-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.txt");
        }).RequireAuthorization(SpacePolicies.BackOffice, SpacePolicies.Finances);
        return endpoints;
    }
}
