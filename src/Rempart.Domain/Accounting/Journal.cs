using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;

namespace Rempart.Domain.Accounting;

/// <summary>
/// Turns movements into double-entry journal lines. Every entry balances: what an invoice charges
/// the customer account (411) is credited to revenue by product kind; a credit note reverses it
/// through the credit-note account (709); a donation is charged to the customer and credited to
/// donations; money received debits the bank, the till, or the cheques and holiday vouchers waiting
/// to be paid in, and credits the customer; a refund does the opposite. Sales entries go to the
/// "VE" journal, money to "BQ" (bank) or "CA" (cash).
/// </summary>
public static class Journal
{
    public static IReadOnlyList<JournalLine> Of(IEnumerable<Movement> movements, ChartOfAccounts chart)
    {
        var lines = new List<JournalLine>();
        var numbers = new Dictionary<string, int>();
        foreach (var movement in movements.OrderBy(m => m.At).ThenBy(m => m.Reference, StringComparer.Ordinal))
        {
            var day = ParisTime.DayOf(movement.At);
            var label = $"{Title(movement.Kind)} {movement.Reference} – {movement.Party}";
            void Entry(string journal, params (string Account, string Label, decimal Debit, decimal Credit)[] legs)
            {
                numbers[journal] = numbers.GetValueOrDefault(journal) + 1;
                foreach (var (account, accountLabel, debit, credit) in legs.Where(l => l.Debit != 0 || l.Credit != 0))
                    lines.Add(new JournalLine(journal, JournalLabel(journal), numbers[journal], day, account, accountLabel, movement.Reference, label, Money.Round(debit), Money.Round(credit)));
            }
            var amount = movement.Amount;
            switch (movement.Kind)
            {
                case MovementKind.Invoice:
                    // A product's own account when it has one, else its kind's.
                    var revenue = (movement.Lines ?? [(ProductKind.Other, null, amount)])
                        .GroupBy(l => l.Account ?? chart.Revenue.GetValueOrDefault(l.Kind, chart.Revenue[ProductKind.Other]))
                        .Select(g => (g.Key, "Produits", 0m, g.Sum(l => l.Amount)));
                    Entry("VE", [(chart.Customers, "Clients", amount, 0m), .. revenue]);
                    break;
                case MovementKind.CreditNote:
                    Entry("VE", (chart.CreditNotes, "Rabais, remises, ristournes accordés", amount, 0m), (chart.Customers, "Clients", 0m, amount));
                    break;
                case MovementKind.Donation:
                    Entry("VE", (chart.Customers, "Clients", amount, 0m), (chart.Revenue[ProductKind.Donation], "Dons", 0m, amount));
                    break;
                case MovementKind.Payment:
                    var (journal, account, name) = Treasury(movement.Method, chart);
                    Entry(journal, (account, name, amount, 0m), (chart.Customers, "Clients", 0m, amount));
                    break;
                case MovementKind.Refund:
                    var (refundJournal, refundAccount, refundName) = Treasury(movement.Method == PaymentMethod.Cash ? PaymentMethod.Cash : PaymentMethod.BankTransfer, chart);
                    Entry(refundJournal, (chart.Customers, "Clients", amount, 0m), (refundAccount, refundName, 0m, amount));
                    break;
            }
        }
        return lines;
    }

    /// <summary>Where money lands: cash in the till, cheques and vouchers waiting to be paid in, the rest in the bank.</summary>
    private static (string Journal, string Account, string Name) Treasury(PaymentMethod? method, ChartOfAccounts chart) => method switch
    {
        PaymentMethod.Cash => ("CA", chart.Cash, "Caisse"),
        PaymentMethod.Cheque => ("BQ", chart.Cheques, "Chèques à encaisser"),
        PaymentMethod.HolidayVouchers => ("BQ", chart.HolidayVouchers, "Chèques-vacances à encaisser"),
        _ => ("BQ", chart.Bank, "Banque"),
    };

    private static string JournalLabel(string journal) => journal switch
    {
        "VE" => "Ventes",
        "CA" => "Caisse",
        _ => "Banque",
    };

    public static string Title(MovementKind kind) => kind switch
    {
        MovementKind.Invoice => "Facture",
        MovementKind.CreditNote => "Avoir",
        MovementKind.Donation => "Reçu fiscal",
        MovementKind.Payment => "Paiement",
        _ => "Remboursement",
    };
}
