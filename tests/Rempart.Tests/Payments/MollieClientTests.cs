using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Payments.Mollie;

namespace Rempart.Tests.Payments;

/// <summary>The typed Mollie client against the stand-in: the documented JSON, retries, timeouts and errors in French.</summary>
public sealed class MollieClientTests : IAsyncLifetime
{
    private MollieStandIn mollie = default!;

    public async Task InitializeAsync() => mollie = await MollieStandIn.StartAsync();

    public async Task DisposeAsync() => await mollie.DisposeAsync();

    private MollieClient Client(string? key = null) => new(new HttpClient(), Options.Create(new MollieOptions
    {
        ApiKey = key ?? MollieStandIn.ApiKey, BaseUrl = mollie.BaseUrl, TimeoutSeconds = 1, Retries = 3, RetryDelayMilliseconds = 20,
    }), NullLogger<MollieClient>.Instance);

    private static MolliePaymentRequest Request(decimal amount = 120.5m) =>
        new(MollieAmount.Euros(amount), "Inscription Camille Durand – Château de Guédelon", "https://rempart.example/paiement/retour/1", "https://rempart.example/api/paiements/mollie",
            new Dictionary<string, string> { ["payment"] = "1" });

    [Fact]
    public async Task APaymentIsCreatedAndReadBack_WithItsCheckoutPage_AmountsAsTwoDecimalStrings()
    {
        var created = await Client().CreatePaymentAsync(Request(), "key-1");

        Assert.StartsWith("tr_", created.Id, StringComparison.Ordinal);
        Assert.Equal(("open", "EUR", "120.50"), (created.Status, created.Amount.Currency, created.Amount.Value));
        Assert.NotNull(created.Links?.Checkout?.Href);
        mollie.SetStatus(created.Id, "paid");
        var read = await Client().GetPaymentAsync(created.Id);
        Assert.Equal("paid", read.Status);
        Assert.NotNull(read.PaidAt);
        Assert.Null(read.Links?.Checkout);
        Assert.Equal(120.50m, read.Amount.ToDecimal());
    }

    [Fact]
    public async Task AnAnswerLostAfterMollieCreatedThePayment_IsRetriedWithTheSameKey_AndMakesNoSecondPayment()
    {
        mollie.AnswerTooLateNext(TimeSpan.FromSeconds(3));

        var created = await Client().CreatePaymentAsync(Request(), "key-lost-answer");

        Assert.Equal(1, mollie.Created);
        Assert.Equal(created.Id, (await Client().CreatePaymentAsync(Request(), "key-lost-answer")).Id);
        Assert.Equal(1, mollie.Created);
        var other = await Assert.ThrowsAsync<MollieException>(() => Client().CreatePaymentAsync(Request(99m), "key-lost-answer"));
        Assert.Equal(422, other.Status);
    }

    [Fact]
    public async Task ServerErrorsAndRateLimits_AreRetried_ThenReportedInFrench()
    {
        var created = await Client().CreatePaymentAsync(Request(), "key-retry");
        mollie.FailNext(2, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(created.Id, (await Client().GetPaymentAsync(created.Id)).Id);

        mollie.FailNext(4, HttpStatusCode.TooManyRequests);
        var busy = await Assert.ThrowsAsync<MollieException>(() => Client().GetPaymentAsync(created.Id));
        Assert.Equal((429, "Le service de paiement est très sollicité. Réessayez dans quelques minutes."), (busy.Status, busy.Message));

        mollie.DelayNext(TimeSpan.FromSeconds(3));
        mollie.DelayNext(TimeSpan.FromSeconds(3));
        mollie.DelayNext(TimeSpan.FromSeconds(3));
        mollie.DelayNext(TimeSpan.FromSeconds(3));
        var silent = await Assert.ThrowsAsync<MollieException>(() => Client().GetPaymentAsync(created.Id));
        Assert.Equal("Le service de paiement ne répond pas pour le moment. Réessayez dans quelques minutes.", silent.Message);
    }

    [Fact]
    public async Task AWrongKey_AnUnknownPayment_AndABadRefund_SayWhatIsWrong()
    {
        var refused = await Assert.ThrowsAsync<MollieException>(() => Client("wrong").GetPaymentAsync("tr_x"));
        Assert.Equal((401, "Le service de paiement refuse la clé d'API configurée : prévenez l'administrateur."), (refused.Status, refused.Message));
        var unknown = await Assert.ThrowsAsync<MollieException>(() => Client().GetPaymentAsync("tr_unknown"));
        Assert.Equal((404, "Ce paiement est inconnu du service de paiement."), (unknown.Status, unknown.Message));

        var created = await Client().CreatePaymentAsync(Request(50m), "key-refund");
        var notPaid = await Assert.ThrowsAsync<MollieException>(() => Client().CreateRefundAsync(created.Id, new MollieRefundRequest(MollieAmount.Euros(10m), "Annulation"), "refund-1"));
        Assert.Equal("Le service de paiement refuse la demande (champ « amount »).", notPaid.Message);
        mollie.SetStatus(created.Id, "paid");
        var refund = await Client().CreateRefundAsync(created.Id, new MollieRefundRequest(MollieAmount.Euros(10m), "Annulation"), "refund-2");
        Assert.Equal(("pending", "10.00"), (refund.Status, refund.Amount.Value));
        Assert.Equal([refund.Id], (await Client().ListRefundsAsync(created.Id)).Select(r => r.Id));
    }
}
