using Rempart.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Invoicing;
using Rempart.Data.Payments;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Payments;
using Rempart.Tests.Registrations;
using Rempart.Web.Invoicing;
using Rempart.Web.Payments;

namespace Rempart.Tests.Invoicing;

/// <summary>Invoices, credit notes and tax receipts as PDF, read back by an independent reader, and who may read them.</summary>
public sealed class InvoicePdfTests
{
    private static readonly InvoicingOptions Issuer = new()
    {
        IssuerName = "Union REMPART", IssuerAddress = "1 rue des Guillemites\n75004 Paris", IssuerIdentifiers = "SIRET 784 354 193 00047",
        VatMention = "TVA non applicable, article 261-7-1° du CGI.", TaxReceiptSignatory = "Marie Martin, trésorière",
    };

    [Fact]
    public async Task APaidOrder_PrintsItsInvoice_ItsTaxReceipt_AndACreditNote_WithNumbersAmountsAndLegalMentions()
    {
        await using var files = await FileFixture.CreateAsync(DatabaseProvider.Sqlite, _ => { });
        var (_, order) = await RecordPaymentTests.OrderedAsync(files, donation: 30m);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);
        var paid = await RecordPaymentTests.Record(files).ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cheque, 212m, "Camille Durand", "Chèque 42", today), RecordPaymentTests.Treasurer);
        var (invoice, receipt) = (paid.Settlement!.Invoice!, paid.Settlement.TaxReceipt!);
        var (credit, _) = await new IssueCreditNote(files.Places.Database.Contexts, files.Places.Clock).ExecuteAsync(invoice.Id, 12m, RecordPaymentTests.Treasurer);
        var get = new GetInvoiceDocument(files.Places.Database.Contexts);

        var invoiceText = Flat(await PdfText.ExtractAsync(InvoicePdf.Render((await get.ExecuteAsync(invoice.Id, RecordPaymentTests.Treasurer))!, Issuer)));
        Assert.Contains($"Facture n° {invoice.Number}", invoiceText);
        Assert.Contains("SIRET 784 354 193 00047", invoiceText);
        Assert.Contains("Frais de séjour", invoiceText);
        Assert.Contains("150,00 €", invoiceText);
        Assert.Contains("Assurance annulation", invoiceText);
        Assert.Contains("182,00 €", invoiceText);
        Assert.Contains("Paiements reçus pour cette inscription, don compris", invoiceText);
        Assert.Contains("TVA non applicable, article 261-7-1° du CGI.", invoiceText);
        Assert.Contains("par chèque (Camille Durand)", invoiceText);
        Assert.Contains("fait l'objet d'un reçu fiscal", invoiceText);

        var receiptText = Flat(await PdfText.ExtractAsync(InvoicePdf.Render((await get.ExecuteAsync(receipt.Id, RecordPaymentTests.Treasurer))!, Issuer)));
        Assert.Contains("Reçu au titre des dons à certains organismes d'intérêt général", receiptText);
        Assert.Contains($"Numéro d'ordre du reçu : {receipt.Number}", receiptText);
        Assert.Contains("30,00 €", receiptText);
        Assert.Contains("Somme en toutes lettres : trente euros", receiptText);
        Assert.Contains("article 200 du code général des impôts", receiptText);
        Assert.Contains("Mode de versement : Chèque", receiptText);
        Assert.Contains("Marie Martin, trésorière", receiptText);

        var receiptOfPayment = await new GetPaymentReceipt(files.Places.Database.Contexts).ExecuteAsync(paid.Payment!.Id, RecordPaymentTests.Treasurer);
        var paymentText = Flat(await PdfText.ExtractAsync(PaymentReceiptPdf.Render(receiptOfPayment!, Issuer)));
        Assert.Contains("Reçu de paiement", paymentText);
        Assert.Contains("Reçu de : Camille Durand", paymentText);
        Assert.Contains("Montant : 212,00 €", paymentText);
        Assert.Contains("Moyen de paiement : chèque", paymentText);
        Assert.Contains("Référence : Chèque 42", paymentText);

        var creditText = Flat(await PdfText.ExtractAsync(InvoicePdf.Render((await get.ExecuteAsync(credit!.Id, RecordPaymentTests.Treasurer))!, Issuer)));
        Assert.Contains($"Avoir n° {credit.Number}", creditText);
        Assert.Contains($"Se rapporte à la facture : {invoice.Number}", creditText);
        Assert.Contains("-12,00 €", creditText);
    }

    /// <summary>The text on one line: where a line wraps is the layout's business, not the content's.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task TheVolunteersSide_AndStaffWhoHandlePayments_ReadTheDocuments_NobodyElse()
    {
        await using var files = await FileFixture.CreateAsync(DatabaseProvider.Sqlite, _ => { });
        var (id, order) = await RecordPaymentTests.OrderedAsync(files, donation: null);
        var today = ParisTime.DayOf(files.Places.Clock.GetUtcNow().UtcDateTime);
        var invoice = (await RecordPaymentTests.Record(files).ExecuteAsync(order.Id, new ManualPayment(PaymentMethod.Cash, order.Total, "Camille", null, today), RecordPaymentTests.Treasurer)).Settlement!.Invoice!;
        Guid registrant;
        await using (var db = files.Places.Database.CreateContext())
            registrant = (await db.Registrations.SingleAsync(r => r.Id == id)).RegisteredBy!.Value;
        var get = new GetInvoiceDocument(files.Places.Database.Contexts);

        Assert.NotNull(await get.ExecuteAsync(invoice.Id, TestActors.Holding(registrant, "Volontaire", null, ProfileKind.Volunteer)));
        Assert.NotNull(await get.ExecuteAsync(invoice.Id, RecordPaymentTests.Treasurer));
        Assert.Null(await get.ExecuteAsync(invoice.Id, TestActors.Holding(Guid.NewGuid(), "Autre", null, ProfileKind.Volunteer)));
        Assert.Null(await get.ExecuteAsync(invoice.Id, files.Places.Programme.ManagerOf(files.Places.Programme.Association)));
        var reviewer = TestActors.Holding(Guid.NewGuid(), "Salarié", null, ProfileKind.Staff) with { Permissions = new HashSet<string> { Permissions.RegistrationsValidate } };
        Assert.Null(await get.ExecuteAsync(invoice.Id, reviewer));
        var receipts = new GetPaymentReceipt(files.Places.Database.Contexts);
        var paymentId = await PaymentOf(files, order.Id);
        Assert.NotNull(await receipts.ExecuteAsync(paymentId, TestActors.Holding(registrant, "Volontaire", null, ProfileKind.Volunteer)));
        Assert.Null(await receipts.ExecuteAsync(paymentId, TestActors.Holding(Guid.NewGuid(), "Autre", null, ProfileKind.Volunteer)));
        Assert.Null(await receipts.ExecuteAsync(paymentId, reviewer));
    }

    private static async Task<Guid> PaymentOf(FileFixture files, Guid orderId)
    {
        await using var db = files.Places.Database.CreateContext();
        return await db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync();
    }
}
