namespace Rempart.Domain.Pricing;

public enum ProductKind
{
    RegistrationFee,
    StayFee,
    Membership,
    Insurance,
    Donation,
    Other,
}

/// <summary>
/// Something a registration's basket may contain. Generic products are offered on every session;
/// one with a <see cref="SessionId"/> only on that session. Products sharing a <see cref="ChoiceGroup"/>
/// are alternatives: the volunteer picks one (exactly one when the group is mandatory).
/// </summary>
public sealed class Product
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public ProductKind Kind { get; set; }
    public Guid? SessionId { get; set; }
    public bool Mandatory { get; set; }
    public string? ChoiceGroup { get; set; }
    public int Position { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>For a donation: the amount the volunteer chooses, within these bounds.</summary>
    /// <summary>The revenue account its sales go to in the journal; its kind's account (Accounting section) when empty.</summary>
    public string? Account { get; set; }

    public decimal? MinimumAmount { get; set; }
    public decimal? MaximumAmount { get; set; }
}

public static class ProductKinds
{
    /// <summary>What a kind of product is called, in French (dashboards, exports).</summary>
    public static string Label(ProductKind kind) => kind switch
    {
        ProductKind.RegistrationFee => "Frais d'inscription",
        ProductKind.StayFee => "Frais de séjour",
        ProductKind.Membership => "Adhésion",
        ProductKind.Insurance => "Assurance",
        ProductKind.Donation => "Don",
        _ => "Autre",
    };
}
