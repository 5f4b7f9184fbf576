using Rempart.Data.Invoicing;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;
using Rempart.Web.Pdf;

namespace Rempart.Web.Invoicing;

/// <summary>
/// Prints an invoice, a credit note or a tax receipt. Invoices and credit notes carry the issuer's
/// legal identity, the customer, the lines with their amounts and the VAT mention of an association
/// not subject to VAT; the tax receipt carries what the Cerfa 11580 form asks (beneficiary, donor,
/// amount in figures and in words, date, article of the tax code, form, nature and method of the gift).
/// </summary>
public static class InvoicePdf
{
    public static byte[] Render(InvoiceDocument document, InvoicingOptions issuer) => document.Invoice.Kind switch
    {
        InvoiceKind.TaxReceipt => TaxReceipt(document, issuer),
        _ => InvoiceOrCreditNote(document, issuer),
    };

    private static byte[] InvoiceOrCreditNote(InvoiceDocument document, InvoicingOptions issuer)
    {
        var invoice = document.Invoice;
        var credit = invoice.Kind == InvoiceKind.CreditNote;
        var pdf = new PdfTextDocument($"{InvoiceNumbers.Title(invoice.Kind)} n° {invoice.Number}");
        Issuer(pdf, issuer);
        pdf.Field("Date d'émission", Day(invoice.IssuedAt));
        if (credit) pdf.Field("Se rapporte à la facture", document.CreditedNumber);
        pdf.Heading(credit ? "Au bénéfice de" : "Facturé à");
        pdf.Paragraph(document.Order.BilledTo);
        if (document.Order.BilledAddress is { } address) pdf.Paragraph(address);
        pdf.Heading("Objet");
        pdf.Paragraph($"Inscription de {document.VolunteerName} au chantier « {document.Worksite} » ({document.Site}), du {document.Start:dd/MM/yyyy} au {document.End:dd/MM/yyyy}.");
        pdf.Space();
        pdf.Row("Désignation", "Montant", bold: true);
        pdf.Rule();
        if (credit) pdf.Row($"Avoir sur la facture {document.CreditedNumber}", Money.Format(-invoice.Total));
        else
            foreach (var line in document.Order.Lines.Where(l => l.Kind != ProductKind.Donation))
                pdf.Row(line.Label, Money.Format(line.Amount), detail: line.Why);
        pdf.Rule();
        pdf.Row(credit ? "Total de l'avoir" : "Total à payer", Money.Format(credit ? -invoice.Total : invoice.Total), bold: true);
        if (!credit && document.Payments.Count > 0)
        {
            pdf.Heading(document.Order.Donations > 0 ? "Paiements reçus pour cette inscription, don compris" : "Paiements reçus");
            foreach (var payment in document.Payments)
                pdf.Row($"Réglé le {Day(payment.PaidAt ?? payment.CreatedAt)} par {PaymentMethods.Label(payment.Method)} ({payment.PayerName})", Money.Format(payment.Amount));
        }
        if (!credit && document.Order.Donations > 0)
            pdf.Paragraph($"Le don de {Money.Format(document.Order.Donations)} versé avec cette inscription n'est pas facturé : il fait l'objet d'un reçu fiscal.");
        pdf.Space();
        pdf.Paragraph(issuer.VatMention);
        return pdf.ToBytes();
    }

    private static byte[] TaxReceipt(InvoiceDocument document, InvoicingOptions issuer)
    {
        var receipt = document.Invoice;
        var pdf = new PdfTextDocument("Reçu au titre des dons à certains organismes d'intérêt général");
        pdf.Paragraph("Articles 200, 238 bis et 978 du code général des impôts (modèle Cerfa n° 11580).");
        pdf.Field("Numéro d'ordre du reçu", receipt.Number);
        pdf.Heading("Bénéficiaire des versements");
        pdf.Field("Nom ou dénomination", issuer.IssuerName);
        pdf.Field("Adresse", issuer.IssuerAddress.Replace("\n", ", ", StringComparison.Ordinal));
        pdf.Field("Identifiants", issuer.IssuerIdentifiers);
        pdf.Field("Objet", issuer.TaxReceiptObject);
        pdf.Field("Qualité", issuer.TaxReceiptQuality);
        pdf.Heading("Donateur");
        pdf.Field("Nom et prénoms", document.Order.BilledTo);
        pdf.Field("Adresse", document.Order.BilledAddress?.Replace("\n", ", ", StringComparison.Ordinal));
        pdf.Heading("Don");
        pdf.Paragraph("Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt la somme de :");
        pdf.Row("Montant", Money.Format(receipt.Total), bold: true);
        pdf.Field("Somme en toutes lettres", FrenchAmount.InWords(receipt.Total));
        var paidAt = document.Payments.Count > 0 ? document.Payments.Max(p => p.PaidAt ?? p.CreatedAt) : receipt.IssuedAt;
        pdf.Field("Date du versement ou du don", Day(paidAt));
        pdf.Paragraph("Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue à l'article 200 du code général des impôts.");
        pdf.Field("Forme du don", "Déclaration de don manuel");
        pdf.Field("Nature du don", "Numéraire");
        pdf.Field("Mode de versement", string.Join(", ", document.Payments.Select(p => ReceiptMethod(p.Method)).Distinct()));
        pdf.Space();
        pdf.Field("Date et signature", $"{Day(receipt.IssuedAt)}, {issuer.TaxReceiptSignatory}, pour {issuer.IssuerName}");
        return pdf.ToBytes();
    }

    /// <summary>The issuer's legal identity, at the head of every money document.</summary>
    internal static void Issuer(PdfTextDocument pdf, InvoicingOptions issuer)
    {
        pdf.Paragraph(issuer.IssuerName);
        pdf.Paragraph(issuer.IssuerAddress);
        pdf.Paragraph(issuer.IssuerIdentifiers);
        pdf.Space(4);
    }

    /// <summary>The Cerfa's three methods: cash, cheque, and transfer / direct debit / card (online payments are by card).</summary>
    private static string ReceiptMethod(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => "Remise d'espèces",
        PaymentMethod.Cheque or PaymentMethod.HolidayVouchers => "Chèque",
        _ => "Virement, prélèvement, carte bancaire",
    };

    private static string Day(DateTime utc) => ParisTime.Day(utc);
}
