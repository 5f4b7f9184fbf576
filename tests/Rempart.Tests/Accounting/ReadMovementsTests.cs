using Rempart.Data.Accounting;
using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Domain.Accounting;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Payments;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.Accounting;

/// <summary>The accounting space's movements on a real database, and the journal they make: it balances, and the customers' account ends at zero.</summary>
public sealed class ReadMovementsTests
{
    [Theory, DatabaseData]
    public async Task APeriodsMovements_MakeABalancedJournal_WithTheCustomersAccountSettled(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var (_, order) = await RecordPaymentTests.OrderedAsync(files, donation: 30m);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);
        var record = RecordPaymentTests.Record(files);
        await record.ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.BankTransfer, 100m, "Mission locale", "VIR-1", today), RecordPaymentTests.Treasurer);
        var cheque = (await record.ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cheque, 112m, "Famille", "Chèque 9", today), RecordPaymentTests.Treasurer)).Payment!;
        Assert.True((await RefundPaymentTests.Refund(files).ExecuteAsync(cheque.Id, 50m, "Séjour écourté", RecordPaymentTests.Treasurer)).Succeeded);
        var read = new ReadMovements(files.Places.Database.Contexts);
        var year = new MovementFilter(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));

        var movements = (await read.ExecuteAsync(year, RecordPaymentTests.Treasurer))!;

        Assert.Equal([MovementKind.Invoice, MovementKind.CreditNote, MovementKind.Donation, MovementKind.Payment, MovementKind.Refund],
            movements.Select(m => m.Kind).Distinct().Order());
        Assert.Equal(182m, movements.Single(m => m.Kind == MovementKind.Invoice).Amount);
        Assert.Equal(3, movements.Single(m => m.Kind == MovementKind.Invoice).Lines!.Count);
        var journal = Journal.Of(movements, new AccountingOptions().Chart());
        Assert.Equal(journal.Sum(l => l.Debit), journal.Sum(l => l.Credit));
        Assert.All(journal.GroupBy(l => (l.Journal, l.EntryNumber)), entry => Assert.Equal(entry.Sum(l => l.Debit), entry.Sum(l => l.Credit)));
        Assert.Equal(0m, journal.Where(l => l.Account == "411000").Sum(l => l.Debit - l.Credit));
        // The membership product has its own account, copied onto the order line when ordered.
        Assert.Equal(20m, journal.Single(l => l.Account == "756100").Credit);

        Assert.Equal([MovementKind.Payment], (await read.ExecuteAsync(year with { Method = PaymentMethod.BankTransfer }, RecordPaymentTests.Treasurer))!.Select(m => m.Kind));
        Assert.Empty((await read.ExecuteAsync(year with { AssociationId = Guid.NewGuid() }, RecordPaymentTests.Treasurer))!);
        // The search looks in the party (the cheque and its refund were the family's) and the session, whatever the case.
        Assert.Equal([MovementKind.Payment, MovementKind.Refund], (await read.ExecuteAsync(year with { Search = " FAMILLE " }, RecordPaymentTests.Treasurer))!.Select(m => m.Kind).Order());
        var session = movements[0].Session;
        Assert.Equal(movements.Count, (await read.ExecuteAsync(year with { Search = session[..8].ToLowerInvariant() }, RecordPaymentTests.Treasurer))!.Count);
        Assert.Empty((await read.ExecuteAsync(year with { Search = "personne d'autre" }, RecordPaymentTests.Treasurer))!);
        Assert.Empty((await read.ExecuteAsync(year with { From = new DateOnly(today.Year - 1, 1, 1), To = new DateOnly(today.Year - 1, 12, 31) }, RecordPaymentTests.Treasurer))!);
        Assert.Null(await read.ExecuteAsync(year, TestActors.Holding(Guid.NewGuid(), "Gestionnaire", null, ProfileKind.AssociationManager)));

        var dashboard = (await new ReadFinanceDashboard(files.Places.Database.Contexts, read, new ListOrders(files.Places.Database.Contexts))
            .ExecuteAsync(today.Year, RecordPaymentTests.Treasurer))!;
        Assert.Equal(150m, dashboard.ByProduct.Single(p => p.Label == "Frais de séjour").Amount);
        Assert.Equal(30m, dashboard.ByProduct.Single(p => p.Label == "Don").Amount);
        Assert.Equal(-50m, dashboard.ByProduct.Single(p => p.Label == "Avoirs").Amount);
        Assert.Equal(100m, dashboard.ByMethod.Single(m => m.Label == "virement").Amount);
        Assert.Equal(62m, dashboard.ByMethod.Single(m => m.Label == "chèque").Amount);
        // Refunded 50 with a 50 credit note: nothing is owed again.
        Assert.Equal((0, 0m), (dashboard.OrdersDue, dashboard.Outstanding));
        Assert.Equal(53, dashboard.Weeks.Count);
    }
}
