using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Rempart.Data.Accounting;
using Rempart.Data.Database;
using Rempart.Data.DemoData;
using Rempart.Domain.Accounting;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Payments;

namespace Rempart.Tests.Accounting;

/// <summary>The demo's two seasons of money, read by the accounting space: the journal balances, entry by entry.</summary>
public sealed class DemoJournalTests
{
    [Theory, DatabaseData]
    public async Task TheDemoSeasons_MakeABalancedJournal_WithNumbersWithoutGaps_AndEveryOrderSettled(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new ManualClock();
        clock.Advance(new DateTimeOffset(2027, 11, 15, 9, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await new SeedDemoData(database.Contexts, NullLogger<SeedDemoData>.Instance, clock).ExecuteAsync(2026, CancellationToken.None);

        var movements = (await new ReadMovements(database.Contexts).ExecuteAsync(new MovementFilter(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)), RecordPaymentTests.Treasurer))!;

        Assert.Equal([MovementKind.Invoice, MovementKind.CreditNote, MovementKind.Donation, MovementKind.Payment, MovementKind.Refund],
            movements.Select(m => m.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<PaymentMethod>().Order(), movements.Where(m => m.Kind == MovementKind.Payment).Select(m => m.Method!.Value).Distinct().Order());
        var journal = Journal.Of(movements, new AccountingOptions().Chart());
        Assert.True(journal.Count > 1000, $"{journal.Count} journal lines");
        Assert.Equal(journal.Sum(l => l.Debit), journal.Sum(l => l.Credit));
        Assert.All(journal.GroupBy(l => (l.Journal, l.EntryNumber)), entry => Assert.Equal(entry.Sum(l => l.Debit), entry.Sum(l => l.Credit)));
        // What was invoiced and given was paid, less what was refunded: the customers' account ends at zero.
        Assert.Equal(0m, journal.Where(l => l.Account == "411000").Sum(l => l.Debit - l.Credit));

        await using var db = database.CreateContext();
        var invoices = await db.Invoices.ToListAsync();
        foreach (var series in invoices.GroupBy(i => (i.Kind, i.Year)))
        {
            Assert.Equal(Enumerable.Range(1, series.Count()), series.Select(i => i.Sequence).Order());
            var byNumber = series.OrderBy(i => i.Sequence).Select(i => i.IssuedAt).ToList();
            Assert.Equal(byNumber.Order(), byNumber);
            Assert.Equal(series.Count(), (await db.InvoiceCounters.SingleAsync(c => c.Kind == series.Key.Kind && c.Year == series.Key.Year)).Last);
        }
        Assert.DoesNotContain(await db.Payments.Select(p => p.PaidAt).ToListAsync(), at => at > clock.GetUtcNow().UtcDateTime);
        Assert.Equal(await db.Orders.CountAsync(), invoices.Where(i => i.Kind == InvoiceKind.Invoice).Select(i => i.OrderId).Distinct().Count());
    }
}
