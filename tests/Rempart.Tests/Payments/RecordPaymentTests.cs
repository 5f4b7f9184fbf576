using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Data.Payments;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Invoicing;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.Payments;

/// <summary>Payments staff record by hand, shared by several payers, on a real database: the balance, the documents, the confirmation.</summary>
public sealed class RecordPaymentTests
{
    internal static readonly Actor Treasurer = TestActors.Holding(Guid.NewGuid(), "Trésorière", null, ProfileKind.Staff) with
    {
        Permissions = new HashSet<string> { Permissions.PaymentsRecord, Permissions.RegistrationsValidate },
    };

    [Theory, DatabaseData]
    public async Task SeveralPayers_ShareAnOrder_NeverPayMoreThanItOwes_AndTheLastPaymentIssuesTheInvoiceAndTheTaxReceipt(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var (id, order) = await OrderedAsync(files, donation: 30m);
        Assert.Equal(212m, order.Total);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);

        var record = Record(files);
        var volunteer = TestActors.Holding(Guid.NewGuid(), "Volontaire", null, ProfileKind.Volunteer);
        Assert.Equal("Vous n'avez pas le droit d'enregistrer des paiements.", (await record.ExecuteAsync(order.Id, Transfer(100m), volunteer)).Errors[""]);
        var structure = await record.ExecuteAsync(order.Id, Transfer(100m), Treasurer);
        Assert.Equal(112m, structure.Settlement!.Balance.Due);
        Assert.Null(structure.Settlement.Invoice);
        var family = await record.ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.HolidayVouchers, 50m, "Famille Durand", "ANCV 1234567 à 1234571", today), Treasurer);
        Assert.Equal(62m, family.Settlement!.Balance.Due);

        var wrong = await record.ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cheque, 100m, " ", null, today.AddDays(1)), Treasurer);
        Assert.Equal("Il ne reste que 62,00 € à payer.", wrong.Errors["Amount"]);
        Assert.Equal("Indiquez qui a payé.", wrong.Errors["PayerName"]);
        Assert.Equal("Indiquez le numéro du chèque et sa banque.", wrong.Errors["Reference"]);
        Assert.Equal("La date de réception ne peut pas être dans le futur.", wrong.Errors["ReceivedOn"]);

        var last = await record.ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cheque, 62m, "Camille Durand", "Chèque 0001234 Crédit Mutuel", today.AddDays(-2)), Treasurer);

        var settlement = last.Settlement!;
        Assert.True(settlement.Balance.Settled);
        Assert.Equal((InvoiceKind.Invoice, 182m), (settlement.Invoice!.Kind, settlement.Invoice.Total));
        Assert.Equal((InvoiceKind.TaxReceipt, 30m), (settlement.TaxReceipt!.Kind, settlement.TaxReceipt.Total));
        Assert.StartsWith("RF-", settlement.TaxReceipt.Number, StringComparison.Ordinal);
        Assert.Equal(RegistrationStage.Confirmed, settlement.Advanced?.To);
        Assert.Equal("Cette commande est déjà réglée.", (await record.ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cash, 1m, "X", null, today), Treasurer)).Errors["Amount"]);
        await using var db = files.Places.Database.CreateContext();
        Assert.Equal(3, await db.Payments.CountAsync(p => p.OrderId == order.Id));
        Assert.Equal(2, await db.Invoices.CountAsync(i => i.OrderId == order.Id));
        Assert.Equal(RegistrationStage.Confirmed, await files.StageAsync(id));

        ManualPayment Transfer(decimal amount) => new(PaymentMethod.BankTransfer, amount, "Mission locale de Dijon", "VIR-2027-0042", today);
    }

    [Theory, DatabaseData]
    public async Task TenTreasurersRecordingTheLastPaymentAtOnce_RecordItOnce_AndIssueOneInvoice(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var (_, order) = await OrderedAsync(files, donation: null);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Record(files).ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cash, order.Total, $"Payeur {i}", null, today), Treasurer))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("Cette commande est déjà réglée.", o.Errors["Amount"]));
        await using var db = files.Places.Database.CreateContext();
        Assert.Equal(1, await db.Payments.CountAsync(p => p.OrderId == order.Id));
        Assert.Equal(1, await db.Invoices.CountAsync(i => i.OrderId == order.Id));
    }

    [Theory, DatabaseData]
    public async Task WhenTheUnionInvoicesOrders_TheInvoiceComesWithTheOrder_WhichThenNoLongerChanges(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var catalogue = await PlaceOrderTests.CatalogueAsync(files, stayFee: 150m);
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));
        var selection = new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = catalogue.Basic }, 20m);

        var placed = await PlaceOrderTests.Place(files, InvoiceMoment.Ordered).ExecuteAsync(id, selection, volunteer);

        await using (var db = files.Places.Database.CreateContext())
        {
            var invoice = await db.Invoices.SingleAsync(i => i.OrderId == placed.Order!.Id);
            Assert.Equal((InvoiceKind.Invoice, 150m), (invoice.Kind, invoice.Total));
        }
        var again = await PlaceOrderTests.Place(files, InvoiceMoment.Ordered).ExecuteAsync(id, selection, volunteer);
        Assert.Equal("Un paiement a déjà été fait ou engagé sur cette commande : adressez-vous à l'association pour la modifier.", again.Errors[""]);
    }

    [Theory, DatabaseData]
    public async Task APartlyPaidRegistration_KeepsItsPlacePastTheDeadline_ForStaffToDecide(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var (id, order) = await OrderedAsync(files, donation: null);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);
        Assert.True((await Record(files).ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.HolidayVouchers, 50m, "Famille", "ANCV 1", today), Treasurer)).Succeeded);
        var chase = new Data.Registrations.ChasePayments(files.Places.Database.Contexts, files.Places.ChangeStage(), Microsoft.Extensions.Options.Options.Create(new Data.Registrations.RegistrationOptions()), files.Places.Clock);

        files.Places.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Single((await chase.ExecuteAsync()).Reminders);
        files.Places.Clock.Advance(TimeSpan.FromDays(30));

        Assert.Empty((await chase.ExecuteAsync()).Released);
        Assert.Equal(RegistrationStage.AwaitingPayment, await files.StageAsync(id));
    }

    /// <summary>A complete file whose order is the stay (150 €), the cancellation insurance (12 €), the membership (20 €) and a donation.</summary>
    internal static async Task<(Guid Registration, Order Order)> OrderedAsync(FileFixture files, decimal? donation)
    {
        var catalogue = await PlaceOrderTests.CatalogueAsync(files, stayFee: 150m);
        var (id, volunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));
        Assert.True((await files.Save().ExecuteAsync(id, RegistrationFileTests.Complete(), volunteer, send: true)).Succeeded);
        var placed = await PlaceOrderTests.Place(files).ExecuteAsync(id,
            new BasketSelection(new HashSet<Guid> { catalogue.Membership }, new Dictionary<string, Guid> { ["Assurance"] = catalogue.Cancellation }, donation), volunteer);
        Assert.True(placed.Succeeded);
        return (id, placed.Order!);
    }

    internal static RecordPayment Record(FileFixture files) => new(files.Places.Database.Contexts, PlaceOrderTests.Settle(files), files.Places.Clock);
}
