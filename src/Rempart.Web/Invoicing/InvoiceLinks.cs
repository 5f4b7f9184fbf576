using Rempart.Domain.Invoicing;

namespace Rempart.Web.Invoicing;

/// <summary>Where an invoice, credit note or tax receipt is downloaded, and how a link to it reads.</summary>
public static class InvoiceLinks
{
    public const string Path = "/factures";

    public static string Pdf(Invoice document) => $"{Path}/{document.Id}";

    public static string Title(Invoice document) => $"{InvoiceNumbers.Title(document.Kind)} {document.Number}";
}
