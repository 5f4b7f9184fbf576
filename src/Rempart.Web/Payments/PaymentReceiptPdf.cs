using Rempart.Data.Invoicing;
using Rempart.Data.Payments;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;
using Rempart.Web.Pdf;

namespace Rempart.Web.Payments;

/// <summary>A receipt for a payment received: who paid, how much, how, with which reference, for which registration.</summary>
public static class PaymentReceiptPdf
{
    public static byte[] Render(PaymentReceipt receipt, InvoicingOptions issuer)
    {
        var payment = receipt.Payment;
        var pdf = new PdfTextDocument("Reçu de paiement");
        Invoicing.InvoicePdf.Issuer(pdf, issuer);
        pdf.Paragraph($"{issuer.IssuerName} reconnaît avoir reçu le paiement suivant.");
        pdf.Field("Reçu de", payment.PayerName);
        pdf.Field("Montant", Money.Format(payment.Amount));
        pdf.Field("Moyen de paiement", PaymentMethods.Label(payment.Method));
        pdf.Field("Référence", payment.Reference ?? payment.ProviderId);
        pdf.Field("Date de réception", Day(payment.PaidAt ?? payment.CreatedAt));
        pdf.Heading("Pour");
        pdf.Paragraph($"L'inscription de {receipt.VolunteerName} au chantier « {receipt.Worksite} », du {receipt.Start:dd/MM/yyyy} au {receipt.End:dd/MM/yyyy}, " +
                      $"commande de {Money.Format(receipt.OrderTotal)} au nom de {receipt.BilledTo}.");
        pdf.Space();
        pdf.Paragraph("Ce reçu atteste un paiement ; il ne remplace ni la facture ni, pour un don, le reçu fiscal.");
        return pdf.ToBytes();
    }

    private static string Day(DateTime utc) => ParisTime.Day(utc);
}
