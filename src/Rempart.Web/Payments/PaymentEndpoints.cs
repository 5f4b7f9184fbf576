using Microsoft.Extensions.Options;
using Rempart.Data.Invoicing;
using Rempart.Data.Payments;
using Rempart.Web.Accounts;
using Rempart.Web.Payments.Mollie;

namespace Rempart.Web.Payments;

public static class PaymentEndpoints
{
    /// <summary>Where Mollie sends the payer back (a page: <c>PaymentReturnPage</c>).</summary>
    public const string ReturnPath = "/paiement/retour";

    public const string WebhookPath = "/api/paiements/mollie";

    public static string ReceiptPath(Guid paymentId) => $"/paiements/{paymentId}/recu";

    /// <summary>
    /// Mollie's webhook: it posts only <c>id=tr_...</c>, never a status, so nothing in the request is
    /// trusted: the status is read back from Mollie (<see cref="SyncOnlinePayment"/>). An id that is
    /// not one of ours gets 200 without any call (Mollie retries anything else, and the endpoint must
    /// not be a way to make Rempart call Mollie). A Mollie that cannot answer gets a 503, so Mollie
    /// retries later; the reconciliation job is the safety net.
    /// </summary>
    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(WebhookPath, async (HttpContext http, TrackOnlinePayment track, SyncOnlinePayment sync, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;
            var id = form?["id"].ToString();
            if (string.IsNullOrWhiteSpace(id) || id.Length > 64) return Results.BadRequest();
            if (!await track.IsKnownAsync(id, cancellationToken)) return Results.Ok();
            try
            {
                await sync.ExecuteAsync(id, cancellationToken);
                return Results.Ok();
            }
            catch (MollieException exception)
            {
                loggers.CreateLogger(typeof(PaymentEndpoints)).LogWarning("Webhook for {ProviderId} not applied: {Message}", id, exception.Message);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();

        // A payment's receipt, for whoever may read the registration's invoices; "not found" for anyone else.
        endpoints.MapGet("/paiements/{id:guid}/recu", async (Guid id, GetPaymentReceipt get, IOptions<InvoicingOptions> issuer, HttpContext http, CancellationToken cancellationToken) =>
        {
            var receipt = await get.ExecuteAsync(id, CurrentActor.From(http.User), cancellationToken);
            if (receipt is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(PaymentReceiptPdf.Render(receipt, issuer.Value), "application/pdf", $"recu-paiement-{receipt.Payment.PaidAt ?? receipt.Payment.CreatedAt:yyyy-MM-dd}.pdf");
        }).RequireAuthorization();
        return endpoints;
    }
}
