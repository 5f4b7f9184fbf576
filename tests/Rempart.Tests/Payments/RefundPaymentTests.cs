using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Data.Payments;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.Payments;

/// <summary>Refunds of payments made by hand, on a real database: never more than was paid, a credit note after each.</summary>
public sealed class RefundPaymentTests
{
    [Theory, DatabaseData]
    public async Task AManualRefund_IsDoneAtOnce_FollowedByACreditNote_AndNeverGivesBackMoreThanWasPaid(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var (_, order) = await RecordPaymentTests.OrderedAsync(files, donation: 30m);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);
        var paid = await RecordPaymentTests.Record(files).ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cheque, 212m, "Camille Durand", "Chèque 7", today), RecordPaymentTests.Treasurer);
        var payment = paid.Payment!;
        var refund = Refund(files);

        var volunteer = TestActors.Holding(Guid.NewGuid(), "Volontaire", null, ProfileKind.Volunteer);
        Assert.Equal("Vous n'avez pas le droit de rembourser des paiements.", (await refund.ExecuteAsync(payment.Id, 50m, "Annulation", volunteer)).Errors[""]);
        var noReason = await refund.ExecuteAsync(payment.Id, 50m, " ", RecordPaymentTests.Treasurer);
        Assert.Equal("Indiquez le motif du remboursement.", noReason.Errors["Reason"]);

        var partial = await refund.ExecuteAsync(payment.Id, 50m, "Séjour écourté d'une semaine", RecordPaymentTests.Treasurer);

        Assert.Equal(RefundStatus.Refunded, partial.Refund!.Status);
        Assert.Equal((InvoiceKind.CreditNote, 50m, paid.Settlement!.Invoice!.Id), (partial.CreditNote!.Kind, partial.CreditNote.Total, partial.CreditNote.CreditsInvoiceId));
        var tooMuch = await refund.ExecuteAsync(payment.Id, 200m, "Annulation", RecordPaymentTests.Treasurer);
        Assert.Equal("Il ne reste que 162,00 € à rembourser sur ce paiement.", tooMuch.Errors["Amount"]);
        var view = await new GetRegistrationOrder(files.Places.Database.Contexts).ExecuteAsync(order.RegistrationId, RecordPaymentTests.Treasurer);
        Assert.Equal((0m, 50m, 50m), (view!.Balance!.Due, view.Balance.Refunded, view.Balance.Credited));
        Assert.Equal(162m, view.Refundable(payment));
    }

    [Theory, DatabaseData]
    public async Task TenRefundsAtOnce_GiveBackAtMostWhatWasPaid(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var (_, order) = await RecordPaymentTests.OrderedAsync(files, donation: null);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);
        var payment = (await RecordPaymentTests.Record(files).ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.BankTransfer, 182m, "Mission locale", "VIR-1", today), RecordPaymentTests.Treasurer)).Payment!;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            Refund(files).ExecuteAsync(payment.Id, 100m, "Annulation", RecordPaymentTests.Treasurer))));

        Assert.Single(outcomes, o => o.Succeeded);
        await using var db = files.Places.Database.CreateContext();
        Assert.Equal(1, await db.Refunds.CountAsync(r => r.PaymentId == payment.Id));
        Assert.Equal(1, await db.Invoices.CountAsync(i => i.OrderId == order.Id && i.Kind == InvoiceKind.CreditNote));
    }

    internal static RefundPayment Refund(FileFixture files) =>
        new(files.Places.Database.Contexts,
            new ApplyRefundStatus(files.Places.Database.Contexts, new IssueCreditNote(files.Places.Database.Contexts, files.Places.Clock), files.Places.Clock),
            files.Places.Clock);
}
