using Rempart.Domain.Pricing;

namespace Rempart.Domain.Invoicing;

/// <summary>What a credit note may credit: part or all of what an invoice still owes, never more, never a credit note.</summary>
public static class CreditRules
{
    /// <summary>Null when the credit note can be issued; otherwise why not, in French.</summary>
    public static string? Refuse(Invoice invoice, decimal alreadyCredited, decimal amount)
    {
        if (invoice.Kind != InvoiceKind.Invoice) return "Un avoir porte sur une facture, pas sur un autre avoir.";
        if (amount <= 0) return "Le montant de l'avoir doit être positif.";
        if (amount != Money.Round(amount)) return "Indiquez un montant en euros et centimes.";
        var left = Money.Round(invoice.Total - alreadyCredited);
        return amount > left ? $"Il ne reste que {Money.Format(left)} à créditer sur la facture {invoice.Number}." : null;
    }
}
