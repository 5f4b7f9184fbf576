using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Invoicing;
using Rempart.Domain.Accounting;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Accounting;

/// <summary>Registrations received in one week of the year, this season and the one before.</summary>
public sealed record WeekCount(int Week, int ThisSeason, int LastSeason);

public sealed record AmountBy(string Label, decimal Amount);

/// <summary>The season's figures for the dashboard: registrations by week against last season, revenue by product and by method, what is still owed.</summary>
public sealed record FinanceDashboard(int Season, IReadOnlyList<WeekCount> Weeks, IReadOnlyList<AmountBy> ByProduct, IReadOnlyList<AmountBy> ByMethod, int OrdersDue, decimal Outstanding);

/// <summary>
/// The dashboard of a season (the year its sessions start): registrations by week of the year they
/// were received against the season before; what was invoiced by product kind and received by
/// method over the calendar year (credit notes and refunds taken off); and what orders still owe.
/// </summary>
public sealed class ReadFinanceDashboard(IDbContextFactory<RempartDbContext> contexts, ReadMovements movements, ListOrders orders)
{
    public async Task<FinanceDashboard?> ExecuteAsync(int season, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!FinanceAccess.MayReadAccounts(actor)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var received = await (from r in db.Registrations
                              join s in db.Sessions on r.SessionId equals s.Id
                              where s.StartDate >= new DateOnly(season - 1, 1, 1) && s.StartDate < new DateOnly(season + 1, 1, 1)
                              select new { r.CreatedAt, s.StartDate }).ToListAsync(cancellationToken);
        int WeekOf(DateTime at) => ISOWeek.GetWeekOfYear(Domain.Invoicing.ParisTime.Of(at));
        var weeks = Enumerable.Range(1, 53).Select(week => new WeekCount(week,
            received.Count(r => r.StartDate.Year == season && WeekOf(r.CreatedAt) == week),
            received.Count(r => r.StartDate.Year == season - 1 && WeekOf(r.CreatedAt) == week))).ToList();

        var year = await movements.ExecuteAsync(new MovementFilter(new DateOnly(season, 1, 1), new DateOnly(season, 12, 31)), actor, cancellationToken) ?? [];
        var byProduct = year.Where(m => m.Kind == MovementKind.Invoice).SelectMany(m => (m.Lines ?? []).Select(l => (l.Kind, l.Amount)))
            .Concat(year.Where(m => m.Kind == MovementKind.Donation).Select(m => (Kind: ProductKind.Donation, m.Amount)))
            .GroupBy(l => l.Kind).Select(g => new AmountBy(ProductKinds.Label(g.Key), Money.Round(g.Sum(l => l.Amount)))).ToList();
        var credited = year.Where(m => m.Kind == MovementKind.CreditNote).Sum(m => m.Amount);
        if (credited > 0) byProduct.Add(new AmountBy("Avoirs", -Money.Round(credited)));
        var byMethod = year.Where(m => m.Kind is MovementKind.Payment or MovementKind.Refund && m.Method is not null)
            .GroupBy(m => m.Method!.Value)
            .Select(g => new AmountBy(PaymentMethods.Label(g.Key), Money.Round(g.Sum(m => m.Kind == MovementKind.Refund ? -m.Amount : m.Amount)))).ToList();
        var due = await orders.ExecuteAsync(new OrderFilter(DueOnly: true, Take: 1), actor, cancellationToken);
        return new FinanceDashboard(season, weeks, byProduct, byMethod, due?.Count ?? 0, due?.Due ?? 0);
    }
}
