using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Pricing;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;

namespace Rempart.Tests.Invoicing;

/// <summary>Invoice numbers on a real database: in sequence, without gaps or duplicates, under contention.</summary>
public sealed class IssueInvoiceTests
{
    [Theory, DatabaseData]
    public async Task ManyInvoicesIssuedAtOnce_AreNumberedOneAfterTheOther_WithoutGapOrDuplicate(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var orders = await OrdersAsync(places, 24);
        var issue = new IssueInvoice(places.Database.Contexts, places.Clock);

        var issued = await Task.WhenAll(orders.Select(o => Task.Run(() => issue.ExecuteAsync(o.Id))));

        Assert.All(issued, i => Assert.Null(i.Refusal));
        Assert.Equal(Enumerable.Range(1, 24), issued.Select(i => i.Invoice!.Sequence).Order());
        var year = issued[0].Invoice!.Year;
        Assert.Equal(InvoiceNumbers.Format(InvoiceKind.Invoice, year, 7), issued.Single(i => i.Invoice!.Sequence == 7).Invoice!.Number);
        Assert.Matches(@"^F-\d{4}-000007$", InvoiceNumbers.Format(InvoiceKind.Invoice, year, 7));
    }

    [Theory, DatabaseData]
    public async Task AnOrderAskedTenTimesAtOnce_HasOneInvoice_AndTheNextOrderTakesTheNextNumber(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var orders = await OrdersAsync(places, 2);
        var issue = new IssueInvoice(places.Database.Contexts, places.Clock);

        var replays = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => issue.ExecuteAsync(orders[0].Id))));
        var next = await issue.ExecuteAsync(orders[1].Id);

        Assert.Single(replays.Select(r => r.Invoice!.Id).Distinct());
        Assert.Equal(replays[0].Invoice!.Sequence + 1, next.Invoice!.Sequence);
        Assert.Equal(orders[0].Total, replays[0].Invoice!.Total);
        await using var db = places.Database.CreateContext();
        Assert.Equal(2, await db.Invoices.CountAsync());
    }

    [Fact]
    public void AnOrder_CopiesItsBasketLines_AndTotalsThemOnce()
    {
        var product = new Product { Name = "Frais de séjour", Kind = ProductKind.StayFee, Mandatory = true };
        var donation = new Product { Name = "Don", Kind = ProductKind.Donation, MinimumAmount = 1, MaximumAmount = 100 };
        var items = new[]
        {
            new BasketItem(new PriceLine(product, 149.99m, null, "tarif normal", []), 149.99m),
            new BasketItem(new PriceLine(donation, 0, null, "montant libre", []), 10.005m),
        };

        var order = Order.From(Guid.NewGuid(), items, DateTime.UtcNow);

        Assert.Equal(["Frais de séjour", "Don"], order.Lines.Select(l => l.Label));
        Assert.Equal([149.99m, 10.01m], order.Lines.Select(l => l.Amount));
        Assert.Equal("tarif normal", order.Lines[0].Why);
        Assert.Equal(160.00m, order.Total);
    }

    private static async Task<List<Order>> OrdersAsync(PlacesFixture places, int count)
    {
        var session = await places.SessionAsync(capacity: count);
        var volunteers = await places.VolunteersAsync(count);
        var orders = new List<Order>();
        foreach (var volunteer in volunteers)
        {
            var registration = (await places.Hold().ExecuteAsync(session.Id, volunteer.Id, null, PlacesFixture.Staff, confirm: true)).Registration!;
            var line = new PriceLine(new Product { Name = "Frais de séjour", Kind = ProductKind.StayFee, Mandatory = true }, 120.50m, null, "tarif normal", []);
            orders.Add(Order.From(registration.Id, [new BasketItem(line, 120.50m)], DateTime.UtcNow));
        }
        await using var db = places.Database.CreateContext();
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
        return orders;
    }
}
