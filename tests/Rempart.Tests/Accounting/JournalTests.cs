using Rempart.Domain.Accounting;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;

namespace Rempart.Tests.Accounting;

/// <summary>Double entry from the movements of a registration's money.</summary>
public sealed class JournalTests
{
    internal static readonly ChartOfAccounts Chart = new("411000", "512000", "530000", "511200", "511300", "709000", new Dictionary<ProductKind, string>
    {
        [ProductKind.RegistrationFee] = "706100", [ProductKind.StayFee] = "706200", [ProductKind.Membership] = "756000",
        [ProductKind.Insurance] = "706300", [ProductKind.Donation] = "754100", [ProductKind.Other] = "708000",
    });

    private static readonly DateTime Day = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EveryEntryBalances_TheCustomerAccountIsSettled_AndRevenueIsSplitByProduct()
    {
        var movements = new[]
        {
            new Movement(MovementKind.Invoice, Day, "F-2027-000001", "Camille Durand", 182m, "A", "S",
                Lines: [(ProductKind.StayFee, null, 150m), (ProductKind.Insurance, null, 12m), (ProductKind.Membership, null, 20m)]),
            new Movement(MovementKind.Donation, Day, "RF-2027-000001", "Camille Durand", 30m, "A", "S"),
            new Movement(MovementKind.Payment, Day.AddHours(1), "VIR-1", "Mission locale", 100m, "A", "S", PaymentMethod.BankTransfer),
            new Movement(MovementKind.Payment, Day.AddHours(2), "ANCV 1", "Famille", 50m, "A", "S", PaymentMethod.HolidayVouchers),
            new Movement(MovementKind.Payment, Day.AddHours(3), "Chèque 7", "Camille Durand", 62m, "A", "S", PaymentMethod.Cheque),
            new Movement(MovementKind.CreditNote, Day.AddDays(1), "AV-2027-000001", "Camille Durand", 12m, "A", "S"),
            new Movement(MovementKind.Refund, Day.AddDays(1), "Remboursement", "Camille Durand", 12m, "A", "S", PaymentMethod.Cheque),
        };

        var lines = Journal.Of(movements, Chart);

        foreach (var entry in lines.GroupBy(l => (l.Journal, l.EntryNumber)))
            Assert.Equal(entry.Sum(l => l.Debit), entry.Sum(l => l.Credit));
        Assert.Equal(lines.Sum(l => l.Debit), lines.Sum(l => l.Credit));
        var customer = lines.Where(l => l.Account == "411000").Sum(l => l.Debit - l.Credit);
        Assert.Equal(0m, customer);
        Assert.Equal(150m, lines.Single(l => l.Account == "706200").Credit);
        Assert.Equal(30m, lines.Single(l => l.Account == "754100").Credit);
        Assert.Equal(50m, lines.Single(l => l.Account == "511300").Debit);
        Assert.Equal(12m, lines.Single(l => l.Account == "512000" && l.Credit > 0).Credit);
        Assert.Equal(["BQ", "VE"], lines.Select(l => l.Journal).Distinct().Order());
        Assert.Equal([1, 2, 3, 4], lines.Where(l => l.Journal == "BQ").Select(l => l.EntryNumber).Distinct());
    }
    [Fact]
    public void AProductsOwnAccount_TakesItsSalesAwayFromItsKindsAccount()
    {
        var invoice = new Movement(MovementKind.Invoice, Day, "F-2027-000002", "Camille Durand", 200m, "A", "S",
            Lines: [(ProductKind.StayFee, null, 150m), (ProductKind.StayFee, "706210", 30m), (ProductKind.Membership, null, 20m)]);

        var lines = Journal.Of([invoice], Chart);

        Assert.Equal(150m, lines.Single(l => l.Account == "706200").Credit);
        Assert.Equal(30m, lines.Single(l => l.Account == "706210").Credit);
        Assert.Equal(200m, lines.Single(l => l.Account == "411000").Debit);
    }

}
