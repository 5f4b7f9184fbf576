using Rempart.Data.Invoicing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Registrations;
using Rempart.Web.Registrations;
using Rempart.Domain.Payments;

namespace Rempart.Web.Exports;

/// <summary>
/// The lists that export, built from the same operations as their pages with the page's filters
/// (query keys: groupe, q for registrations; dus, q for orders; type, annee, q for invoices; du,
/// au, association, type, moyen for movements; du, au, option, q for the insured; the grid's keys of
/// <see cref="Ui.Grids.GridQuery"/> for the programme). A direct download holds what the page holds
/// (its first page); a complete export reads every page. Null when the asker may not see the list.
/// </summary>
public sealed class ExportLists(
    ListRegistrations registrations, ListOrders orders, ListInvoices invoices, Data.Accounting.ReadMovements movements,
    Data.Insurance.ListInsured insured, Programming.ExportProgramme programme, TimeProvider clock)
{
    public static bool Known(string list) =>
        list is "inscriptions" or "commandes" or "factures" or "mouvements" or "assures" || Programming.ExportProgramme.Lists(list);

    /// <summary>Whether the asker may export this list at all (each operation then scopes its rows).</summary>
    public static bool MayExport(string list, Actor actor) => list switch
    {
        "inscriptions" => actor.IsStaff || actor.Profiles.Contains(ProfileKind.AssociationManager),
        "commandes" or "factures" or "mouvements" => FinanceAccess.MayReadAccounts(actor),
        "assures" => actor.IsStaff,
        _ => Programming.ExportProgramme.MayExport(list, actor),
    };

    /// <summary>Lists whose page may hold only part of them, so that a complete export in the background makes sense (the movements of a period come whole).</summary>
    public static bool Paged(string list) => Known(list) && list != "mouvements";

    /// <summary>The list as the page shows it (its first page: 500 rows, or the programme's first 500).</summary>
    public Task<ExportTable?> BuildAsync(string list, IReadOnlyDictionary<string, string?> query, Actor actor, CancellationToken cancellationToken) =>
        BuildAsync(list, query, actor, complete: false, progress: null, cancellationToken);

    /// <summary>The whole list, page after page, telling its progress (percent) after each page.</summary>
    public Task<ExportTable?> BuildAllAsync(string list, IReadOnlyDictionary<string, string?> query, Actor actor, Func<int, Task> progress, CancellationToken cancellationToken) =>
        BuildAsync(list, query, actor, complete: true, progress, cancellationToken);

    private Task<ExportTable?> BuildAsync(string list, IReadOnlyDictionary<string, string?> query, Actor actor, bool complete, Func<int, Task>? progress, CancellationToken cancellationToken) => list switch
    {
        "inscriptions" => RegistrationsAsync(actor, query.GetValueOrDefault("groupe"), query.GetValueOrDefault("q"), complete, progress, cancellationToken),
        "commandes" => OrdersAsync(actor, query.GetValueOrDefault("dus") != "0", query.GetValueOrDefault("q"), complete, progress, cancellationToken),
        "factures" => InvoicesAsync(actor, query.GetValueOrDefault("type"), query.GetValueOrDefault("annee"), query.GetValueOrDefault("q"), complete, progress, cancellationToken),
        "mouvements" => MovementsAsync(actor, query, cancellationToken),
        "assures" => InsuredAsync(actor, query, complete, cancellationToken),
        _ => programme.BuildAsync(list, query, actor, complete ? null : 500, progress, cancellationToken),
    };

    private async Task<ExportTable?> RegistrationsAsync(Actor actor, string? group, string? search, bool complete, Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        if (!MayExport("inscriptions", actor)) return null;
        var rows = new List<RegistrationRow>();
        while (true)
        {
            var page = await registrations.ExecuteAsync(new RegistrationFilter(RegistrationFilters.StagesOf(group), search, Skip: rows.Count), actor, cancellationToken);
            rows.AddRange(page.Rows);
            if (!complete || page.Rows.Count == 0 || rows.Count >= page.Total) break;
            if (progress is not null) await progress(rows.Count * 100 / page.Total);
        }
        return new ExportTable("Inscriptions",
            ["Volontaire", "Date de naissance", "Âge au départ", "Chantier", "Site", "Début", "Fin", "Association", "Étape", "Reçue le"],
            rows.Select(r => (IReadOnlyList<object?>)[r.VolunteerName, r.BirthDate, r.AgeAtStart, r.Worksite, r.Site, r.Start, r.End, r.Association,
                RegistrationLifecycle.Label(r.Stage), r.CreatedAt]).ToList());
    }

    private async Task<ExportTable?> OrdersAsync(Actor actor, bool dueOnly, string? search, bool complete, Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrderRow>? rows;
        if (!complete) rows = (await orders.ExecuteAsync(new OrderFilter(dueOnly, search), actor, cancellationToken))?.Rows;
        else
        {
            var all = new List<OrderRow>();
            for (var skip = 0; ;)
            {
                var page = await orders.ExecuteAsync(new OrderFilter(dueOnly, search, Skip: skip), actor, cancellationToken);
                if (page is null) return null;
                all.AddRange(page.Rows);
                skip += page.Rows.Count;
                if (page.Rows.Count == 0 || skip >= page.Count) break;
                if (progress is not null) await progress(skip * 100 / page.Count);
            }
            rows = all;
        }
        return rows is null ? null : new ExportTable("Commandes",
            ["Date", "Volontaire", "Facturé à", "Chantier", "Début", "Étape", "Montant", "Réglé", "Reste à payer"],
            rows.Select(o => (IReadOnlyList<object?>)[o.CreatedAt, o.VolunteerName, o.BilledTo, o.Worksite, o.Start, RegistrationLifecycle.Label(o.Stage), o.Total, o.Paid, o.Due]).ToList());
    }

    private async Task<ExportTable?> InvoicesAsync(Actor actor, string? kind, string? year, string? search, bool complete, Func<int, Task>? progress, CancellationToken cancellationToken)
    {
        var filter = new InvoiceFilter(Enum.TryParse<InvoiceKind>(kind, out var k) ? k : null, int.TryParse(year, out var y) ? y : null, search);
        var rows = new List<InvoiceRow>();
        while (true)
        {
            var page = await invoices.ExecuteAsync(filter with { Skip = rows.Count }, actor, cancellationToken);
            if (page is null) return null;
            rows.AddRange(page.Rows);
            if (!complete || page.Rows.Count == 0 || rows.Count >= page.Count) break;
            if (progress is not null) await progress(rows.Count * 100 / page.Count);
        }
        return new ExportTable("Factures",
            ["Numéro", "Type", "Date", "Facturé à", "Volontaire", "Chantier", "Début", "Montant", "Se rapporte à"],
            rows.Select(i => (IReadOnlyList<object?>)[i.Number, InvoiceNumbers.Title(i.Kind), i.IssuedAt, i.BilledTo, i.VolunteerName, i.Worksite, i.Start,
                i.Kind == InvoiceKind.CreditNote ? -i.Total : i.Total, i.CreditsNumber]).ToList());
    }

    /// <summary>The accounting space's filters from a query: du, au (yyyy-MM-dd), association, type, moyen, q; this year when no dates.</summary>
    public static Data.Accounting.MovementFilter MovementFilterOf(IReadOnlyDictionary<string, string?> query, DateOnly today) => new(
        DateOnly.TryParse(query.GetValueOrDefault("du"), System.Globalization.CultureInfo.InvariantCulture, out var from) ? from : new DateOnly(today.Year, 1, 1),
        DateOnly.TryParse(query.GetValueOrDefault("au"), System.Globalization.CultureInfo.InvariantCulture, out var to) ? to : new DateOnly(today.Year, 12, 31),
        Guid.TryParse(query.GetValueOrDefault("association"), out var association) ? association : null,
        Enum.TryParse<Domain.Accounting.MovementKind>(query.GetValueOrDefault("type"), out var kind) ? kind : null,
        Enum.TryParse<Domain.Payments.PaymentMethod>(query.GetValueOrDefault("moyen"), out var method) ? method : null,
        query.GetValueOrDefault("q"));

    private async Task<ExportTable?> MovementsAsync(Actor actor, IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken)
    {
        var rows = await movements.ExecuteAsync(MovementFilterOf(query, ParisTime.DayOf(clock.GetUtcNow().UtcDateTime)), actor, cancellationToken);
        return rows is null ? null : new ExportTable("Mouvements",
            ["Date", "Type", "Référence", "Tiers", "Association", "Session", "Moyen", "Montant"],
            rows.Select(m => (IReadOnlyList<object?>)[m.At, Domain.Accounting.Journal.Title(m.Kind), m.Reference, m.Party, m.Association, m.Session,
                m.Method is { } method ? Domain.Payments.PaymentMethods.Label(method) : null, m.Amount]).ToList());
    }

    /// <summary>The insurance space's filters: du, au (session start), option, q; this year when no dates.</summary>
    public static Data.Insurance.InsuredFilter InsuredFilterOf(IReadOnlyDictionary<string, string?> query, DateOnly today) => new(
        DateOnly.TryParse(query.GetValueOrDefault("du"), System.Globalization.CultureInfo.InvariantCulture, out var from) ? from : new DateOnly(today.Year, 1, 1),
        DateOnly.TryParse(query.GetValueOrDefault("au"), System.Globalization.CultureInfo.InvariantCulture, out var to) ? to : new DateOnly(today.Year, 12, 31),
        query.GetValueOrDefault("option"), query.GetValueOrDefault("q"));

    /// <summary>The insurer's roster: people, dates of birth, session, dates, option.</summary>
    private async Task<ExportTable?> InsuredAsync(Actor actor, IReadOnlyDictionary<string, string?> query, bool complete, CancellationToken cancellationToken)
    {
        var filter = InsuredFilterOf(query, ParisTime.DayOf(clock.GetUtcNow().UtcDateTime));
        var rows = new List<Data.Insurance.InsuredRow>();
        while (true)
        {
            var page = await insured.ExecuteAsync(filter with { Skip = rows.Count }, actor, cancellationToken);
            if (page is null) return null;
            rows.AddRange(page);
            if (!complete || page.Count < Data.Insurance.ListInsured.Limit) break;
        }
        return new ExportTable("Assurés",
            ["Nom", "Prénom", "Date de naissance", "Chantier", "Site", "Début", "Fin", "Option d'assurance"],
            rows.Select(r => (IReadOnlyList<object?>)[r.LastName, r.FirstName, r.BirthDate, r.Worksite, r.Site, r.Start, r.End, r.Option]).ToList());
    }
}
