namespace Rempart.Domain.Invoicing;

public enum InvoiceKind
{
    Invoice,

    /// <summary>An avoir: cancels all or part of an invoice it references; never the other way round.</summary>
    CreditNote,

    /// <summary>A tax receipt for a donation (reçu fiscal, Cerfa 11580): its own series, issued once the donation is paid.</summary>
    TaxReceipt,
}

/// <summary>
/// An issued invoice or credit note. Issued once, never edited nor deleted: a correction is a credit
/// note. Its number is the next of its kind and year, without gaps (<see cref="InvoiceNumbers"/>).
/// </summary>
public sealed class Invoice
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public InvoiceKind Kind { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }
    public string Number { get; set; } = "";
    public DateTime IssuedAt { get; set; }
    public decimal Total { get; set; }

    /// <summary>For a credit note: the invoice it cancels.</summary>
    public Guid? CreditsInvoiceId { get; set; }
}

/// <summary>The last number given, per kind and year: the counter that keeps numbers without gaps.</summary>
public sealed class InvoiceCounter
{
    public InvoiceKind Kind { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

/// <summary>How numbers read: "F-2027-000042" for an invoice, "AV-2027-000003" for a credit note, "RF-2027-000007" for a tax receipt.</summary>
public static class InvoiceNumbers
{
    public static string Format(InvoiceKind kind, int year, int sequence) => $"{Prefix(kind)}-{year}-{sequence:D6}";

    private static string Prefix(InvoiceKind kind) => kind switch
    {
        InvoiceKind.CreditNote => "AV",
        InvoiceKind.TaxReceipt => "RF",
        _ => "F",
    };

    /// <summary>What the document is called, in French.</summary>
    public static string Title(InvoiceKind kind) => kind switch
    {
        InvoiceKind.CreditNote => "Avoir",
        InvoiceKind.TaxReceipt => "Reçu fiscal",
        _ => "Facture",
    };
}
