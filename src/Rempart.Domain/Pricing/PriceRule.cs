namespace Rempart.Domain.Pricing;

/// <summary>The automatic conditions a price can depend on.</summary>
public enum PriceCondition
{
    /// <summary>Always applies (within its scope).</summary>
    None,

    /// <summary>The volunteer took part in a session of the previous season.</summary>
    ReturningVolunteer,

    /// <summary>The volunteer's age on the session's first day is within <see cref="PriceRule.MinimumAge"/>..<see cref="PriceRule.MaximumAge"/>.</summary>
    AgeBand,

    /// <summary>The registration was made by a group manager (a youth group, a social worker's group).</summary>
    GroupRegistration,

    /// <summary>The registration is made between <see cref="PriceRule.From"/> and <see cref="PriceRule.Until"/> (an early-bird rate).</summary>
    DateWindow,
}

/// <summary>Who a volunteer is, for prices: the union's profile groups.</summary>
public enum VolunteerCategory
{
    Individual,
    SocialStructure,
    InternationalVolunteer,
    MemberAssociation,
}

/// <summary>
/// One price of one product: for every session or one (<see cref="SessionId"/>), for every
/// volunteer or one category (<see cref="Category"/>), unconditional or under a condition. Which
/// rule wins is <see cref="PriceCalculator"/>'s documented order.
/// </summary>
public sealed class PriceRule
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProductId { get; set; }
    public decimal Price { get; set; }

    /// <summary>What the price is called where it is shown ("tarif bénévole fidèle").</summary>
    public string Label { get; set; } = "";
    public Guid? SessionId { get; set; }
    public VolunteerCategory? Category { get; set; }
    public PriceCondition Condition { get; set; }
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
    public DateTime CreatedAt { get; set; }
}
