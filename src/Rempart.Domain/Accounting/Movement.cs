using Rempart.Domain.Payments;
using Rempart.Domain.Pricing;

namespace Rempart.Domain.Accounting;

public enum MovementKind
{
    Invoice,
    CreditNote,
    Donation,
    Payment,
    Refund,
}

/// <summary>
/// One event the accounts record: an invoice or credit note issued, a donation receipted, money
/// received or given back. <see cref="Lines"/> (invoices only) splits the amount by product kind.
/// </summary>
public sealed record Movement(
    MovementKind Kind, DateTime At, string Reference, string Party, decimal Amount, string Association, string Session,
    PaymentMethod? Method = null, IReadOnlyList<(ProductKind Kind, string? Account, decimal Amount)>? Lines = null);

/// <summary>One line of the journal: the columns of the French FEC file, less those Rempart leaves empty.</summary>
public sealed record JournalLine(
    string Journal, string JournalLabel, int EntryNumber, DateOnly Date, string Account, string AccountLabel,
    string PieceReference, string Label, decimal Debit, decimal Credit);

/// <summary>The account numbers of the chart the union uses (configurable), by role.</summary>
public sealed record ChartOfAccounts(
    string Customers, string Bank, string Cash, string Cheques, string HolidayVouchers, string CreditNotes,
    IReadOnlyDictionary<ProductKind, string> Revenue);
