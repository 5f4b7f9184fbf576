using Microsoft.Extensions.Options;
using Rempart.Data.Invoicing;
using Rempart.Web.Accounts;

namespace Rempart.Web.Invoicing;

public static class InvoiceEndpoints
{
    /// <summary>
    /// Downloads an invoice, credit note or tax receipt as PDF, for the volunteer's side of its
    /// registration or staff who handle payments and accounts (<see cref="GetInvoiceDocument"/>);
    /// anyone else gets "not found". As an attachment named after its number, never cached.
    /// </summary>
    public static IEndpointRouteBuilder MapInvoiceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{InvoiceLinks.Path}/{{id:guid}}", async (Guid id, GetInvoiceDocument get, IOptions<InvoicingOptions> issuer, HttpContext http, CancellationToken cancellationToken) =>
        {
            var document = await get.ExecuteAsync(id, CurrentActor.From(http.User), cancellationToken);
            if (document is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(InvoicePdf.Render(document, issuer.Value), "application/pdf", $"{document.Invoice.Number}.pdf");
        }).RequireAuthorization();
        return endpoints;
    }
}
