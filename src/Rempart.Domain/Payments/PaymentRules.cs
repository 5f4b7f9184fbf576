using Rempart.Domain.Pricing;

namespace Rempart.Domain.Payments;

/// <summary>A payment staff record by hand: a cheque, a transfer, cash or holiday vouchers received for an order.</summary>
public sealed record ManualPayment(PaymentMethod Method, decimal Amount, string PayerName, string? Reference, DateOnly ReceivedOn);

/// <summary>What a recorded payment must say, and what it may not do: pay more than is due.</summary>
public static class PaymentRules
{
    /// <summary>Errors keyed by field, in French; empty when the payment can be recorded against an order that still owes <paramref name="due"/>.</summary>
    public static Dictionary<string, string> Check(ManualPayment payment, decimal due, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (payment.Method == PaymentMethod.Online) errors[nameof(payment.Method)] = "Les paiements en ligne s'enregistrent d'eux-mêmes.";
        if (payment.Amount <= 0) errors[nameof(payment.Amount)] = "Indiquez un montant positif.";
        else if (payment.Amount != Money.Round(payment.Amount)) errors[nameof(payment.Amount)] = "Indiquez un montant en euros et centimes.";
        else if (payment.Amount > due) errors[nameof(payment.Amount)] = due == 0 ? "Cette commande est déjà réglée." : $"Il ne reste que {Money.Format(due)} à payer.";
        if (string.IsNullOrWhiteSpace(payment.PayerName)) errors[nameof(payment.PayerName)] = "Indiquez qui a payé.";
        else if (payment.PayerName.Trim().Length > 200) errors[nameof(payment.PayerName)] = "200 caractères au plus.";
        if (payment.Method is PaymentMethod.Cheque or PaymentMethod.BankTransfer or PaymentMethod.HolidayVouchers && string.IsNullOrWhiteSpace(payment.Reference))
            errors[nameof(payment.Reference)] = payment.Method switch
            {
                PaymentMethod.Cheque => "Indiquez le numéro du chèque et sa banque.",
                PaymentMethod.BankTransfer => "Indiquez la référence du virement.",
                _ => "Indiquez les numéros des chèques-vacances.",
            };
        else if (payment.Reference?.Trim().Length > 200) errors[nameof(payment.Reference)] = "200 caractères au plus.";
        if (payment.ReceivedOn > today) errors[nameof(payment.ReceivedOn)] = "La date de réception ne peut pas être dans le futur.";
        return errors;
    }
}
