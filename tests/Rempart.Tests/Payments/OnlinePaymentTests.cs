using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Payments;

namespace Rempart.Tests.Payments;

/// <summary>A host with the Mollie stand-in: one for the whole class (a host takes seconds to start).</summary>
public sealed class OnlinePaymentHost : IAsyncLifetime
{
    public RempartAppFactory App { get; private set; } = default!;
    public MollieStandIn Mollie { get; private set; } = default!;
    public Uri BaseAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Mollie = await MollieStandIn.StartAsync();
        var settings = Mollie.Settings();
        settings["Mail:SmtpHost"] = SmtpServer.Shared.Host;
        settings["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString();
        settings["Payments:StaffAlertEmail"] = "tresorerie@test.rempart.local";
        App = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: settings);
        BaseAddress = App.StartKestrel();
        Mollie.AppBaseAddress = BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Mollie.DisposeAsync();
    }
}

/// <summary>Online payment through Mollie on a real host: the webhook, the return page, the reconciliation, never a double charge.</summary>
public sealed class OnlinePaymentTests(OnlinePaymentHost host) : IClassFixture<OnlinePaymentHost>
{
    [Fact]
    public async Task TheWebhookReplayedTenTimes_WithTheReturnPage_ConfirmsOnce_IssuesOneInvoice_AndSendsOneMail()
    {
        var (id, email, person) = await AwaitingOrderAsync();
        using var scope = host.App.Services.CreateScope();
        var pay = scope.ServiceProvider.GetRequiredService<PayOnline>();

        var (checkout, refusal) = await pay.ExecuteAsync(id, person);
        Assert.Null(refusal);
        // A second click, a second tab: the same payment, not a second one.
        Assert.Equal(checkout, (await pay.ExecuteAsync(id, person)).CheckoutUrl);
        var providerId = Assert.Single(host.Mollie.PaymentsWithMetadata("registration", id.ToString()));
        Assert.Equal("160.00", host.Mollie.Payment(providerId)["amount"]!["value"]!.GetValue<string>());
        var paymentId = Guid.Parse(host.Mollie.Payment(providerId)["metadata"]!["payment"]!.GetValue<string>());

        host.Mollie.SetStatus(providerId, "paid");
        using var browser = new HttpClient { BaseAddress = host.BaseAddress };
        var calls = Enumerable.Range(0, 10).Select(_ => host.Mollie.CallWebhookAsync(providerId))
            .Append(browser.GetAsync($"{PaymentEndpoints.ReturnPath}/{paymentId}").ContinueWith(t => t.Result.StatusCode));
        var answers = await Task.WhenAll(calls);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        await using var db = host.App.Database.CreateContext();
        Assert.Equal(RegistrationStage.Confirmed, await db.Registrations.Where(r => r.Id == id).Select(r => r.Stage).SingleAsync());
        Assert.Equal(1, await db.RegistrationHistory.CountAsync(h => h.RegistrationId == id && h.To == RegistrationStage.Confirmed));
        var orderId = await db.Payments.Where(p => p.Id == paymentId).Select(p => p.OrderId).SingleAsync();
        Assert.Equal(1, await db.Invoices.CountAsync(i => i.OrderId == orderId && i.Kind == InvoiceKind.Invoice));
        await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "entièrement réglée");
        var confirmed = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "Votre inscription est confirmée")));
        // The confirmation sums up what was ordered and paid.
        Assert.Contains("Récapitulatif", confirmed);
        Assert.Contains("Assurance annulation", confirmed);
        Assert.Contains("160,00 €", confirmed);
        await Task.Delay(500);
        Assert.Equal(1, SmtpServer.Shared.CountMessagesTo(email, "Nous avons bien reçu un paiement"));
        Assert.Equal(1, SmtpServer.Shared.CountMessagesTo(email, "Votre inscription est confirmée"));

        var page = await browser.GetStringAsync($"{PaymentEndpoints.ReturnPath}/{paymentId}");
        Assert.Contains("Votre paiement est reçu.", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task AWebhookForAnUnknownId_IsAnsweredWithoutEffect_AndAFailedPayment_LetsThePayerTryAgain()
    {
        var before = host.Mollie.Created;
        Assert.Equal(HttpStatusCode.OK, await host.Mollie.CallWebhookAsync(new Uri(host.BaseAddress, PaymentEndpoints.WebhookPath), "tr_NotOurs12345"));
        Assert.Equal(HttpStatusCode.BadRequest, await host.Mollie.CallWebhookAsync(new Uri(host.BaseAddress, PaymentEndpoints.WebhookPath), ""));

        var (id, _, person) = await AwaitingOrderAsync();
        using var scope = host.App.Services.CreateScope();
        var pay = scope.ServiceProvider.GetRequiredService<PayOnline>();
        var (first, _) = await pay.ExecuteAsync(id, person);
        var providerId = Assert.Single(host.Mollie.PaymentsWithMetadata("registration", id.ToString()));
        host.Mollie.SetStatus(providerId, "failed");
        Assert.Equal(HttpStatusCode.OK, await host.Mollie.CallWebhookAsync(providerId));

        var (second, _) = await pay.ExecuteAsync(id, person);

        Assert.NotEqual(first, second);
        Assert.Equal(before + 2, host.Mollie.Created);
        await using var db = host.App.Database.CreateContext();
        Assert.Equal(RegistrationStage.AwaitingPayment, await db.Registrations.Where(r => r.Id == id).Select(r => r.Stage).SingleAsync());
        Assert.Equal(PaymentStatus.Failed, await db.Payments.Where(p => p.ProviderId == providerId).Select(p => p.Status).SingleAsync());
    }

    [Fact]
    public async Task ALostWebhook_IsMadeUpForByTheReconciliation_AndMollieDownLeavesThePaymentOpenForTheNextRun()
    {
        var (id, _, person) = await AwaitingOrderAsync();
        using var scope = host.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PayOnline>().ExecuteAsync(id, person);
        var providerId = Assert.Single(host.Mollie.PaymentsWithMetadata("registration", id.ToString()));
        host.Mollie.SetStatus(providerId, "paid");
        var reconcile = scope.ServiceProvider.GetRequiredService<ReconcileOnlinePayments>();

        host.Mollie.FailNext(50, HttpStatusCode.InternalServerError);
        await reconcile.ExecuteAsync();
        host.Mollie.ClearFaults();
        await using (var db = host.App.Database.CreateContext())
            Assert.Equal(PaymentStatus.Open, await db.Payments.Where(p => p.ProviderId == providerId).Select(p => p.Status).SingleAsync());

        var (_, changed, _) = await reconcile.ExecuteAsync();

        Assert.True(changed >= 1);
        await using var check = host.App.Database.CreateContext();
        Assert.Equal(RegistrationStage.Confirmed, await check.Registrations.Where(r => r.Id == id).Select(r => r.Stage).SingleAsync());
    }

    [Fact]
    public async Task MoneyArrivingForARegistrationReleasedMeanwhile_IsRecorded_NotConfirmed_AndStaffAreWarned()
    {
        var (id, _, person) = await AwaitingOrderAsync();
        using var scope = host.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PayOnline>().ExecuteAsync(id, person);
        var providerId = Assert.Single(host.Mollie.PaymentsWithMetadata("registration", id.ToString()));
        var change = scope.ServiceProvider.GetRequiredService<Data.Registrations.ChangeRegistrationStage>();
        Assert.Null((await change.ExecuteAsync(id, RegistrationStage.CancelledByStaff, Actor.Rempart, "Paiement non reçu dans le délai.")).Refusal);
        host.Mollie.SetStatus(providerId, "paid");

        Assert.Equal(HttpStatusCode.OK, await host.Mollie.CallWebhookAsync(providerId));

        await using var db = host.App.Database.CreateContext();
        Assert.Equal(RegistrationStage.CancelledByStaff, await db.Registrations.Where(r => r.Id == id).Select(r => r.Stage).SingleAsync());
        Assert.Equal(PaymentStatus.Paid, await db.Payments.Where(p => p.ProviderId == providerId).Select(p => p.Status).SingleAsync());
        var alert = await SmtpServer.Shared.WaitForMessageToAsync("tresorerie@test.rempart.local", bodyContains: providerId);
        Assert.Contains("déjà annulée", WebUtility.HtmlDecode(MailText.BodyOf(alert)));
    }

    [Fact]
    public async Task AnOnlineRefund_IsAskedOfMollie_AndItsCreditNoteFollowsWhenMollieReportsItDone()
    {
        var (id, email, person) = await AwaitingOrderAsync();
        using var scope = host.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PayOnline>().ExecuteAsync(id, person);
        var providerId = Assert.Single(host.Mollie.PaymentsWithMetadata("registration", id.ToString()));
        host.Mollie.SetStatus(providerId, "paid");
        await host.Mollie.CallWebhookAsync(providerId);
        Guid paymentId;
        await using (var db = host.App.Database.CreateContext())
            paymentId = await db.Payments.Where(p => p.ProviderId == providerId).Select(p => p.Id).SingleAsync();
        var treasurer = TestActors.Holding(Guid.NewGuid(), "Trésorière", null, ProfileKind.Staff);

        var asked = await scope.ServiceProvider.GetRequiredService<MakeRefund>().ExecuteAsync(paymentId, 40m, "Séjour écourté", treasurer);

        Assert.True(asked.Succeeded, string.Join(" ", asked.Errors.Values));
        Assert.Equal(RefundStatus.Pending, asked.Refund!.Status);
        Assert.Null(asked.CreditNote);
        await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "Nous vous remboursons");
        var mollieRefund = Assert.Single(await scope.ServiceProvider.GetRequiredService<Web.Payments.Mollie.MollieClient>().ListRefundsAsync(providerId));
        Assert.Equal("40.00", mollieRefund.Amount.Value);
        host.Mollie.SetRefundStatus(providerId, mollieRefund.Id, "refunded");
        Assert.Equal(HttpStatusCode.OK, await host.Mollie.CallWebhookAsync(providerId));

        await using var check = host.App.Database.CreateContext();
        var refund = await check.Refunds.SingleAsync(r => r.PaymentId == paymentId);
        Assert.Equal((RefundStatus.Refunded, mollieRefund.Id), (refund.Status, refund.ProviderId));
        var note = await check.Invoices.SingleAsync(i => i.Id == refund.CreditNoteId);
        Assert.Equal((InvoiceKind.CreditNote, 40m), (note.Kind, note.Total));
    }

    private async Task<(Guid Id, string Email, Actor Person)> AwaitingOrderAsync()
    {
        var email = $"payeur-{Guid.NewGuid():N}@test.rempart.local";
        await host.App.CreateUserAsync(email, "Mot-de-passe-2026", ProfileKind.Volunteer);
        var id = await PaymentScenario.AwaitingPaymentAsync(host.App, email);
        Guid userId;
        await using (var db = host.App.Database.CreateContext())
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var person = TestActors.Holding(userId, "Inès Payeur", null, ProfileKind.Volunteer);
        using var scope = host.App.Services.CreateScope();
        var placed = await scope.ServiceProvider.GetRequiredService<Web.Registrations.OrderBasket>().ExecuteAsync(id, await PaymentScenario.SelectionAsync(host.App, id), person);
        Assert.True(placed.Succeeded, string.Join(" ", placed.Errors.Values));
        return (id, email, person);
    }
}
