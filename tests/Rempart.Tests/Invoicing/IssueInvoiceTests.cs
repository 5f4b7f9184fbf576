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

    [Theory, DatabaseData]
    public async Task CreditNotes_HaveTheirOwnSeries_ReferenceTheirInvoice_AndNeverCreditMoreThanIt(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var orders = await OrdersAsync(places, 1);
        var invoice = (await new IssueInvoice(places.Database.Contexts, places.Clock).ExecuteAsync(orders[0].Id)).Invoice!;
        var credit = new IssueCreditNote(places.Database.Contexts, places.Clock);
        var treasurer = TestActors.Holding(Guid.NewGuid(), "Trésorière", null, Domain.Accounts.ProfileKind.Staff);

        Assert.Equal("Vous n'avez pas le droit d'émettre des avoirs.", (await credit.ExecuteAsync(invoice.Id, 10, places.Programme.ManagerOf(places.Programme.Association))).Refusal);
        // Five refunds of 30 € at once on a 120,50 € invoice: four pass, the fifth finds 0,50 € left.
        var refunds = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => credit.ExecuteAsync(invoice.Id, 30, treasurer))));
        Assert.Equal(4, refunds.Count(r => r.CreditNote is not null));
        Assert.Equal("Il ne reste que 0,50 € à créditer sur la facture " + invoice.Number + ".", refunds.Single(r => r.Refusal is not null).Refusal!.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Equal(Enumerable.Range(1, 4), refunds.Where(r => r.CreditNote is not null).Select(r => r.CreditNote!.Sequence).Order());
        var rest = await credit.ExecuteAsync(invoice.Id, null, treasurer);
        Assert.Equal(0.50m, rest.CreditNote!.Total);
        Assert.StartsWith("AV-", rest.CreditNote.Number, StringComparison.Ordinal);
        Assert.Equal(invoice.Id, rest.CreditNote.CreditsInvoiceId);
        Assert.Equal("Un avoir porte sur une facture, pas sur un autre avoir.", (await credit.ExecuteAsync(rest.CreditNote.Id, 1, treasurer)).Refusal);

        await using var db = places.Database.CreateContext();
        var stored = await db.Invoices.SingleAsync(i => i.Id == invoice.Id);
        Assert.Equal((120.50m, invoice.Number), (stored.Total, stored.Number));
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
