using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Data.Payments;
using Rempart.Data.Pricing;
using Rempart.Domain.Accounts;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.Invoicing;

/// <summary>The price step of a registration on a real database: the basket ordered, replaced before payment, and what it does to the lifecycle.</summary>
public sealed class PlaceOrderTests
{
    private static readonly Actor Pricer = TestActors.Holding(Guid.NewGuid(), "Trésorière", null, ProfileKind.Staff);

    [Theory, DatabaseData]
    public async Task ACompleteFile_WaitsForItsOrder_WhoseChoicesAreChecked_CopiedWithWhy_AndReplaceableBeforePayment(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var catalogue = await CatalogueAsync(files, stayFee: 150m);
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));

        var sent = await files.Save().ExecuteAsync(id, RegistrationFileTests.Complete(), volunteer, send: true);
        Assert.Equal(RegistrationStage.AwaitingPayment, sent.Advanced?.To);

        var missing = await Place(files).ExecuteAsync(id, new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid>(), 5m), volunteer);
        Assert.False(missing.Succeeded);
        Assert.Equal("Choisissez une option : Assurance.", missing.Errors["Assurance"]);
        Assert.Equal("Le don va de 10,00 € à 500,00 €.", missing.Errors["Donation"]);

        var first = await Place(files).ExecuteAsync(id, new BasketSelection(new HashSet<Guid> { catalogue.Membership }, new Dictionary<string, Guid> { ["Assurance"] = catalogue.Cancellation }, 30m), volunteer);
        Assert.True(first.Succeeded);
        Assert.Null(first.Advanced);
        Assert.Equal(212m, first.Order!.Total);
        Assert.Equal(30m, first.Order.Donations);
        Assert.Equal(["Frais de séjour", "Assurance annulation", "Adhésion", "Don"], first.Order.Lines.Select(l => l.Label));
        Assert.Equal("tarif normal", first.Order.Lines[0].Why);

        var second = await Place(files).ExecuteAsync(id, new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = catalogue.Basic }, null), volunteer);
        Assert.Equal(150m, second.Order!.Total);

        var view = await Get(files).ExecuteAsync(id, volunteer);
        Assert.Equal(second.Order.Id, view!.Order!.Id);
        Assert.Equal(150m, view.Balance!.Due);
        Assert.True(view.MayOrder);
        Assert.Equal(catalogue.Basic, view.Selection.Choices["Assurance"]);
        await using var db = files.Places.Database.CreateContext();
        Assert.Equal(2, await db.Orders.CountAsync(o => o.RegistrationId == id));
        Assert.NotNull((await db.Orders.SingleAsync(o => o.Id == first.Order.Id)).ReplacedAt);
        Assert.Equal(RegistrationStage.AwaitingPayment, await files.StageAsync(id));
    }

    [Theory, DatabaseData]
    public async Task AnOrderThatCostsNothing_ConfirmsACompleteRegistration_AndOthersCannotOrderForIt(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var catalogue = await CatalogueAsync(files, stayFee: 0m);
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));
        await files.Save().ExecuteAsync(id, RegistrationFileTests.Complete(), volunteer, send: true);
        var free = new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = catalogue.Basic }, null);

        var stranger = TestActors.Holding(Guid.NewGuid(), "Inconnu", null, ProfileKind.Volunteer);
        Assert.Equal("Cette inscription n'existe pas.", (await Place(files).ExecuteAsync(id, free, stranger)).Errors[""]);
        Assert.Null(await Get(files).ExecuteAsync(id, stranger));

        var placed = await Place(files).ExecuteAsync(id, free, volunteer);

        Assert.Equal(RegistrationStage.Confirmed, placed.Advanced?.To);
        Assert.Equal("Volontaire", placed.Order!.BilledTo);
        var refused = await Place(files).ExecuteAsync(id, free, volunteer);
        Assert.Equal("L'inscription est « confirmée » : ses choix ne peuvent plus changer.", refused.Errors[""]);
    }

    [Theory, DatabaseData]
    public async Task TenOrdersAtOnce_LeaveOneOrderInForce(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var catalogue = await CatalogueAsync(files, stayFee: 90m);
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));
        var selection = new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = catalogue.Basic }, null);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Place(files).ExecuteAsync(id, selection, volunteer))));

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        await using var db = files.Places.Database.CreateContext();
        Assert.Equal(10, await db.Orders.CountAsync(o => o.RegistrationId == id));
        Assert.Equal(1, await db.Orders.CountAsync(o => o.RegistrationId == id && o.ReplacedAt == null));
    }

    internal sealed record TestCatalogue(Guid Basic, Guid Cancellation, Guid Membership);

    /// <summary>A stay fee, a mandatory insurance choice (free or 12 €), an optional membership (20 €), a donation from 10 to 500 €.</summary>
    internal static async Task<TestCatalogue> CatalogueAsync(FileFixture files, decimal stayFee)
    {
        var catalogue = new PricingCatalogue(files.Places.Database.Contexts, files.Places.Clock);
        async Task<Guid> ProductAsync(Product product, decimal? price)
        {
            Assert.Empty(await catalogue.SaveProductAsync(product, Pricer));
            if (price is { } value) Assert.Empty(await catalogue.SaveRuleAsync(new PriceRule { ProductId = product.Id, Price = value, Label = "tarif normal" }, Pricer));
            return product.Id;
        }
        await ProductAsync(new Product { Name = "Frais de séjour", Kind = ProductKind.StayFee, Mandatory = true, Position = 1 }, stayFee);
        var basic = await ProductAsync(new Product { Name = "Assurance de base", Kind = ProductKind.Insurance, Mandatory = true, ChoiceGroup = "Assurance", Position = 2 }, 0m);
        var cancellation = await ProductAsync(new Product { Name = "Assurance annulation", Kind = ProductKind.Insurance, Mandatory = true, ChoiceGroup = "Assurance", Position = 3 }, 12m);
        var membership = await ProductAsync(new Product { Name = "Adhésion", Kind = ProductKind.Membership, Position = 4, Account = "756100" }, 20m);
        await ProductAsync(new Product { Name = "Don", Kind = ProductKind.Donation, Position = 5, MinimumAmount = 10m, MaximumAmount = 500m }, 0m);
        return new TestCatalogue(basic, cancellation, membership);
    }

    internal static PlaceOrder Place(FileFixture files, InvoiceMoment issueInvoiceWhen = InvoiceMoment.Paid) =>
        new(files.Places.Database.Contexts, Settle(files, issueInvoiceWhen), files.Places.Clock);

    internal static SettleOrder Settle(FileFixture files, InvoiceMoment issueInvoiceWhen = InvoiceMoment.Paid) =>
        new(files.Places.Database.Contexts, new IssueInvoice(files.Places.Database.Contexts, files.Places.Clock), files.Advance(),
            Options.Create(new InvoicingOptions { IssueInvoiceWhen = issueInvoiceWhen }));

    private static GetRegistrationOrder Get(FileFixture files) => new(files.Places.Database.Contexts);
}
