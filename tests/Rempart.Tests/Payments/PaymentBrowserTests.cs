using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Payments;

/// <summary>The price step and the payments in a real browser: the volunteer orders, staff record two payments, the invoice and the receipt follow.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AVolunteer_ChoosesTheirBasket_StaffRecordTwoPayments_AndTheInvoiceAndReceiptAreThereToDownload()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var registrationId = await PaymentScenario.AwaitingPaymentAsync(browser.App, email);

        // 1. The volunteer chooses: the insurance is required, the donation has bounds, the total follows the choices.
        var volunteer = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(volunteer, email);
        await volunteer.WaitForURLAsync(url => url.EndsWith("/benevole", StringComparison.Ordinal));
        await volunteer.GotoAsync($"/benevole/inscriptions/{registrationId}");
        await BrowserFixture.WaitForInteractiveAsync(volunteer);
        await Assertions.Expect(volunteer.GetByRole(AriaRole.Heading, new() { Name = "Produits et tarif" })).ToBeVisibleAsync();
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Valider mes choix" }).ClickAsync();
        await Assertions.Expect(volunteer.GetByText("Choisissez une option : Assurance.")).ToBeVisibleAsync();
        await volunteer.AssertAccessibleAsync();
        await BrowserFixture.CheckAsync(volunteer.GetByLabel("Assurance annulation — 15,00 €"));
        var donation = volunteer.GetByLabel("Don à l'Union");
        await donation.FillAsync("5");
        await donation.BlurAsync();
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Valider mes choix" }).ClickAsync();
        await Assertions.Expect(volunteer.GetByText("Le don va de 10,00 € à 200,00 €.")).ToBeVisibleAsync();
        await donation.FillAsync("25");
        await donation.BlurAsync();
        await Assertions.Expect(volunteer.GetByTestId("basket-total")).ToHaveTextAsync("160,00 €");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Valider mes choix" }).ClickAsync();
        await Assertions.Expect(volunteer.GetByTestId("order-due")).ToHaveTextAsync("160,00 €");
        await Assertions.Expect(volunteer.GetByTestId("order").Locator("tr").Filter(new() { HasTextString = "Frais de séjour" })).ToContainTextAsync("tarif séjour");
        await volunteer.AssertAccessibleAsync();

        // 2. The treasurer finds what is due, and records a transfer from a social structure and the family's cheque.
        var staff = await browser.NewSignedInPageAsync(ProfileKind.Staff);
        await staff.GotoAsync("/gestion/factures");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        var row = staff.Locator("tr").Filter(new() { HasTextString = "Inès Payeur" });
        await Assertions.Expect(row).ToContainTextAsync("160,00 €");
        await staff.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Inès Payeur" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByLabel("Moyen de paiement").SelectOptionAsync(new SelectOptionValue { Label = "virement" });
        await staff.GetByLabel("Montant (€)").FillAsync("100");
        await staff.GetByLabel("Payé par").FillAsync("Mission locale de Dijon");
        await staff.GetByLabel("Référence").FillAsync("VIR-2029-0042");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le paiement" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("order-due")).ToHaveTextAsync("60,00 €");
        await staff.GetByLabel("Moyen de paiement").SelectOptionAsync(new SelectOptionValue { Label = "chèque" });
        await staff.GetByLabel("Montant (€)").FillAsync("60");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le paiement" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Indiquez le numéro du chèque et sa banque.")).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("Référence").FillAsync("Chèque 0001234");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le paiement" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("order-due")).ToHaveTextAsync("0,00 €");
        await staff.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await Assertions.Expect(staff.GetByTestId("stage")).ToHaveTextAsync("confirmée");
        await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "Il reste");
        await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "entièrement réglée");

        // Part of the structure's transfer goes back: never more than it paid, with a reason.
        await staff.GetByRole(AriaRole.Button, new() { Name = "Rembourser le paiement de 100,00 € de Mission locale de Dijon" }).ClickAsync();
        await staff.GetByLabel("Montant à rembourser (€)").FillAsync("150");
        await staff.GetByLabel("Motif du remboursement").FillAsync("Trop-perçu");
        await AskToRefundAsync(staff);
        await staff.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Rembourser" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("Il ne reste que 100,00 € à rembourser sur ce paiement.")).ToBeVisibleAsync();
        await staff.GetByLabel("Montant à rembourser (€)").FillAsync("10");
        await AskToRefundAsync(staff);
        await staff.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Rembourser" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("payments")).ToContainTextAsync("Remboursement de 10,00 € (remboursé) : Trop-perçu");
        await staff.AssertAccessibleAsync();

        // 3. The volunteer downloads the invoice (the donation aside) and the tax receipt.
        await volunteer.ReloadAsync();
        var documents = volunteer.GetByTestId("order-documents");
        await Assertions.Expect(documents).ToContainTextAsync("Reçu fiscal RF-");
        var invoiceLink = documents.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Facture F-") });
        var response = await volunteer.APIRequest.GetAsync(await invoiceLink.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var text = await PdfText.ExtractAsync(await response.BodyAsync());
        Assert.Contains("135,00 €", text);
        Assert.Contains("Mission locale de Dijon", text);

        // 4. The treasurer corrects the invoice with a credit note; the invoice itself never changes.
        await staff.GotoAsync("/gestion/factures");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByRole(AriaRole.Tab, new() { Name = "Factures, avoirs et reçus" }).ClickAsync();
        var number = (await invoiceLink.TextContentAsync())!.Replace("Facture ", "", StringComparison.Ordinal);
        await staff.GetByRole(AriaRole.Button, new() { Name = $"Émettre un avoir sur la facture {number}" }).ClickAsync();
        await staff.GetByLabel("Montant de l'avoir (€)").FillAsync("15");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Émettre l'avoir" }).ClickAsync();
        await staff.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Émettre l'avoir" }).ClickAsync();
        var credits = staff.Locator("tr").Filter(new() { HasTextString = $"Avoir ({number})" });
        await Assertions.Expect(credits.Filter(new() { HasTextString = "-15,00 €" })).ToBeVisibleAsync();
        // The refund's own credit note, issued with it.
        await Assertions.Expect(credits.Filter(new() { HasTextString = "-10,00 €" })).ToBeVisibleAsync();

        // The accounting space shows the period's movements with their totals, and the journal for the accountant.
        await staff.GotoAsync("/gestion/comptabilite");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await Assertions.Expect(staff.GetByTestId("totals")).ToContainTextAsync("Remboursement");
        await staff.AssertAccessibleAsync();
        var journal = await staff.APIRequest.GetAsync(await staff.GetByRole(AriaRole.Link, new() { Name = "Journal comptable (FEC)" }).GetAttributeAsync("href") ?? "");
        Assert.Equal(200, journal.Status);
        Assert.StartsWith("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum", await journal.TextAsync(), StringComparison.Ordinal);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("by-method")).ToContainTextAsync("virement");
        await staff.AssertAccessibleAsync();

        // The insurer's roster lists her with the option she chose.
        await staff.GotoAsync("/gestion/assurances");
        await BrowserFixture.WaitForInteractiveAsync(staff);
        await staff.GetByLabel("Sessions commençant du").FillAsync("2029-01-01");
        await staff.GetByLabel("Sessions commençant du").BlurAsync();
        await staff.GetByLabel("au", new() { Exact = true }).FillAsync("2029-12-31");
        await staff.GetByLabel("au", new() { Exact = true }).BlurAsync();
        await Assertions.Expect(staff.Locator("tr").Filter(new() { HasTextString = "Payeur Inès" }).First).ToContainTextAsync("Assurance annulation");
        await staff.AssertAccessibleAsync();
        await staff.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AVolunteer_PaysOnline_AtMollie_AndComesBackToAConfirmedRegistration()
    {
        var email = await browser.CreateUserAsync(ProfileKind.Volunteer);
        var registrationId = await PaymentScenario.AwaitingPaymentAsync(browser.App, email);
        var page = await browser.NewPageAsync();
        var refusedByThePolicy = Accounts.ContentSecurityPolicyBrowserTests.Watch(page);
        await BrowserFixture.SignInAsync(page, email);
        await page.WaitForURLAsync(url => url.EndsWith("/benevole", StringComparison.Ordinal));
        await page.GotoAsync("/benevole/inscriptions");
        // Her list leads to the price step; the page is then loaded whole, as a bookmark would.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Choisir mes options et payer" })).ToHaveAttributeAsync("href", $"/benevole/inscriptions/{registrationId}");
        await page.GotoAsync($"/benevole/inscriptions/{registrationId}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await BrowserFixture.CheckAsync(page.GetByLabel("Assurance de base — 0,00 €"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider mes choix" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-due")).ToHaveTextAsync("120,00 €");

        // Off to Mollie: first the payer cancels there, then pays.
        await page.GetByRole(AriaRole.Button, new() { Name = "Payer 120,00 € en ligne" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Paiement de 120.00 €" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("payment-status")).ToContainTextAsync("Vous avez annulé le paiement");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour à mon inscription" }).ClickAsync();
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Payer 120,00 € en ligne" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Payer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("payment-status")).ToContainTextAsync("Votre paiement est reçu.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Retour à mon inscription" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-documents")).ToContainTextAsync("Facture F-");
        await page.GotoAsync("/benevole/inscriptions");
        await Assertions.Expect(page.GetByText("Étape : confirmée")).ToBeVisibleAsync();
        await SmtpServer.Shared.WaitForMessageToAsync(email, bodyContains: "Votre inscription est confirmée");
        Assert.Empty(refusedByThePolicy);
    }

    /// <summary>
    /// Submits the refund form, which asks for a confirmation before anything is refunded. The amount
    /// filled just before commits when the click moves the focus, and the page's answer can re-render
    /// the form under the click (once under CI's load, no confirmation opened): while none has opened,
    /// nothing was sent, so it clicks again.
    /// </summary>
    private static async Task AskToRefundAsync(IPage staff)
    {
        for (var attempt = 1; ; attempt++)
        {
            await staff.GetByRole(AriaRole.Button, new() { Name = "Rembourser", Exact = true }).ClickAsync();
            try
            {
                await staff.GetByRole(AriaRole.Alertdialog).WaitForAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }
}
