using Microsoft.EntityFrameworkCore;
using Rempart.Data.Volunteers;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Pricing;
using Rempart.Domain.Payments;

namespace Rempart.Data.Invoicing;

/// <summary>One issued document in the staff list, with what an invoice may still be credited.</summary>
public sealed record InvoiceRow(
    Guid Id, InvoiceKind Kind, string Number, DateTime IssuedAt, decimal Total, string BilledTo, string VolunteerName,
    string Worksite, DateOnly Start, Guid RegistrationId, string? CreditsNumber, decimal Creditable);

/// <remarks>
/// A page starts at <see cref="Skip"/> rows and holds at most <see cref="Take"/> (up to
/// <see cref="ListInvoices.Limit"/>): the grid asks for the page it shows, a complete export reads
/// every page. The newest first, unless sorted by one of <see cref="InvoiceSort.Columns"/>.
/// </remarks>
public sealed record InvoiceFilter(InvoiceKind? Kind, int? Year, string? Search, int Skip = 0, int Take = ListInvoices.Limit, InvoiceSort? Sort = null);

/// <summary>
/// A column of <see cref="InvoiceRow"/> to sort by (its property's name), and which way. Not the
/// number or the kind: the date orders numbers within a kind, and the kind filter serves.
/// </summary>
public sealed record InvoiceSort(string Column, bool Descending)
{
    public static readonly IReadOnlyList<string> Columns =
        [nameof(InvoiceRow.IssuedAt), nameof(InvoiceRow.BilledTo), nameof(InvoiceRow.VolunteerName), nameof(InvoiceRow.Total)];
}

/// <summary>A page of the list: at most the rows asked for, the newest first, and the count and total of all that match.</summary>
public sealed record InvoicePage(IReadOnlyList<InvoiceRow> Rows, int Count, decimal Sum);

/// <summary>
/// Invoices, credit notes and tax receipts for staff who record payments or read the accounts,
/// filtered by kind, year and a search on the number, the person billed or the volunteer.
/// </summary>
public sealed class ListInvoices(IDbContextFactory<RempartDbContext> contexts)
{
    public const int Limit = 500;

    public async Task<InvoicePage?> ExecuteAsync(InvoiceFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!FinanceAccess.MayReadAccounts(actor)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from i in db.Invoices
                    join o in db.Orders on i.OrderId equals o.Id
                    join r in db.Registrations on o.RegistrationId equals r.Id
                    join v in db.Volunteers on r.VolunteerId equals v.Id
                    join s in db.Sessions on r.SessionId equals s.Id
                    join w in db.Worksites on s.WorksiteId equals w.Id
                    select new { i, o, r, v, s, w };
        if (filter.Kind is { } kind) query = query.Where(x => x.i.Kind == kind);
        if (filter.Year is { } year) query = query.Where(x => x.i.Year == year);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Names through the volunteers' trigram index, accents aside (MatchVolunteers).
            var term = $"%{filter.Search.Trim().ToLowerInvariant()}%";
            var volunteers = MatchVolunteers.Containing(db, filter.Search);
            query = query.Where(x => EF.Functions.Like(x.i.Number.ToLower(), term) || EF.Functions.Like(x.o.BilledTo.ToLower(), term) || volunteers.Contains(x.v.Id));
        }
        var count = await query.CountAsync(cancellationToken);
        // Totals summed in memory: SQLite keeps decimals as text.
        var sum = (await query.Select(x => x.i.Total).ToListAsync(cancellationToken)).Sum();
        var descending = filter.Sort?.Descending ?? true;
        // The id settles ties, so that pages never overlap or skip a line.
        var sorted = (filter.Sort?.Column ?? nameof(InvoiceRow.IssuedAt)) switch
        {
            nameof(InvoiceRow.BilledTo) => descending ? query.OrderByDescending(x => x.o.BilledTo) : query.OrderBy(x => x.o.BilledTo),
            nameof(InvoiceRow.VolunteerName) => descending
                ? query.OrderByDescending(x => x.v.FirstName).ThenByDescending(x => x.v.LastName) : query.OrderBy(x => x.v.FirstName).ThenBy(x => x.v.LastName),
            // Decimals are text on SQLite: sorted as a number there through a double, exact enough to order amounts.
            nameof(InvoiceRow.Total) => descending ? query.OrderByDescending(x => (double)x.i.Total) : query.OrderBy(x => (double)x.i.Total),
            _ => descending ? query.OrderByDescending(x => x.i.IssuedAt).ThenByDescending(x => x.i.Sequence) : query.OrderBy(x => x.i.IssuedAt).ThenBy(x => x.i.Sequence),
        };
        var found = await sorted.ThenBy(x => x.i.Id).Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, Limit))
            .Select(x => new { x.i, x.o.BilledTo, Name = x.v.FirstName + " " + x.v.LastName, x.w.Title, x.s.StartDate, RegistrationId = x.r.Id })
            .ToListAsync(cancellationToken);
        var ids = found.Select(x => x.i.Id).ToList();
        var credits = await db.Invoices.Where(c => c.CreditsInvoiceId != null && ids.Contains(c.CreditsInvoiceId.Value))
            .Select(c => new { Of = c.CreditsInvoiceId!.Value, c.Total }).ToListAsync(cancellationToken);
        var creditedIds = found.Where(x => x.i.CreditsInvoiceId is not null).Select(x => x.i.CreditsInvoiceId!.Value).Distinct().ToList();
        var numbers = await db.Invoices.Where(c => creditedIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        var rows = found.Select(x => new InvoiceRow(
            x.i.Id, x.i.Kind, x.i.Number, x.i.IssuedAt, x.i.Total, x.BilledTo, x.Name, x.Title, x.StartDate, x.RegistrationId,
            x.i.CreditsInvoiceId is { } of ? numbers.GetValueOrDefault(of) : null,
            x.i.Kind == InvoiceKind.Invoice ? Money.Round(x.i.Total - credits.Where(c => c.Of == x.i.Id).Sum(c => c.Total)) : 0)).ToList();
        return new InvoicePage(rows, count, Money.Round(sum));
    }
}
