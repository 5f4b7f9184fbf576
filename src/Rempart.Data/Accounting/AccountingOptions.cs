using Rempart.Domain.Accounting;
using Rempart.Domain.Pricing;

namespace Rempart.Data.Accounting;

/// <summary>Bound from "Accounting": the account numbers of the journal, as the union's accountant sets them.</summary>
public sealed class AccountingOptions
{
    public const string Section = "Accounting";

    public string Customers { get; set; } = "411000";
    public string Bank { get; set; } = "512000";
    public string Cash { get; set; } = "530000";
    public string Cheques { get; set; } = "511200";
    public string HolidayVouchers { get; set; } = "511300";
    public string CreditNotes { get; set; } = "709000";

    /// <summary>Revenue account per kind of product (donations included).</summary>
    public Dictionary<ProductKind, string> Revenue { get; set; } = new()
    {
        [ProductKind.RegistrationFee] = "706100", [ProductKind.StayFee] = "706200", [ProductKind.Membership] = "756000",
        [ProductKind.Insurance] = "706300", [ProductKind.Donation] = "754100", [ProductKind.Other] = "708000",
    };

    public ChartOfAccounts Chart() => new(Customers, Bank, Cash, Cheques, HolidayVouchers, CreditNotes,
        Enum.GetValues<ProductKind>().ToDictionary(k => k, k => Revenue.GetValueOrDefault(k) ?? Revenue.GetValueOrDefault(ProductKind.Other) ?? "708000"));
}
