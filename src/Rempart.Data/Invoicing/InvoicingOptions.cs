namespace Rempart.Data.Invoicing;

/// <summary>When invoices are issued.</summary>
public enum InvoiceMoment
{
    /// <summary>Once the order is paid in full (the default: nothing is invoiced that may never be paid).</summary>
    Paid,

    /// <summary>As soon as the order is placed (for unions that send invoices to be paid).</summary>
    Ordered,
}

/// <summary>
/// Bound from "Invoicing": when invoices are issued and the legal identity printed on invoices,
/// credit notes and tax receipts. The defaults are the union's placeholders: set the real ones.
/// </summary>
public sealed class InvoicingOptions
{
    public const string Section = "Invoicing";

    public InvoiceMoment IssueInvoiceWhen { get; set; } = InvoiceMoment.Paid;

    public string IssuerName { get; set; } = "Union REMPART";

    /// <summary>Postal address, one line per line.</summary>
    public string IssuerAddress { get; set; } = "1 rue des Guillemites\n75004 Paris";

    /// <summary>SIRET, RNA number: what identifies the association on its documents.</summary>
    public string IssuerIdentifiers { get; set; } = "SIRET 000 000 000 00000 – RNA W000000000";

    /// <summary>Why no VAT is charged: the mention an association not subject to VAT prints on its invoices.</summary>
    public string VatMention { get; set; } = "TVA non applicable, article 261-7-1° du code général des impôts.";

    /// <summary>The association's object, printed on tax receipts (Cerfa 11580).</summary>
    public string TaxReceiptObject { get; set; } = "Sauvegarde et restauration du patrimoine bâti par des chantiers de bénévoles.";

    /// <summary>Its quality on tax receipts, as the Cerfa words it.</summary>
    public string TaxReceiptQuality { get; set; } = "Association reconnue d'utilité publique";

    /// <summary>Who signs the tax receipts, and in which capacity.</summary>
    public string TaxReceiptSignatory { get; set; } = "Le trésorier";
}
