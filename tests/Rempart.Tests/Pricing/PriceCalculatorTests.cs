using Rempart.Domain.Pricing;

namespace Rempart.Tests.Pricing;

/// <summary>Which price wins, and why, written out for every level and every automatic rule.</summary>
public sealed class PriceCalculatorTests
{
    private static readonly Guid Session = Guid.NewGuid();
    private static readonly Guid OtherSession = Guid.NewGuid();
    private static readonly Product Stay = new() { Name = "Frais de séjour", Kind = ProductKind.StayFee, Mandatory = true };
    private static readonly DateTime Created = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static PricingFacts Facts(int age = 25, VolunteerCategory category = VolunteerCategory.Individual, PastSession? past = null, bool group = false, string on = "2027-03-10") =>
        new(Session, 2027, age, category, past, group, DateOnly.Parse(on));

    private static PriceRule Rule(decimal price, string label, Guid? session = null, VolunteerCategory? category = null,
        PriceCondition condition = PriceCondition.None, int? minAge = null, int? maxAge = null, string? from = null, string? until = null, int createdDays = 0) => new()
    {
        ProductId = Stay.Id, Price = price, Label = label, SessionId = session, Category = category, Condition = condition,
        MinimumAge = minAge, MaximumAge = maxAge, From = from is null ? null : DateOnly.Parse(from), Until = until is null ? null : DateOnly.Parse(until),
        CreatedAt = Created.AddDays(createdDays),
    };

    [Fact]
    public void TheGlobalPrice_AppliesWhenNothingMoreSpecificDoes()
    {
        var line = PriceCalculator.PriceOf(Stay, [Rule(150, "tarif normal"), Rule(90, "autre session", session: OtherSession)], Facts());

        Assert.Equal((150m, "tarif normal"), (line!.Price, line.Why));
        Assert.Empty(line.NotApplied);
    }

    [Fact]
    public void TheOrder_IsSession_ThenCategory_ThenCondition_ThenLowestPrice()
    {
        var global = Rule(150, "tarif normal");
        var category = Rule(120, "tarif structure", category: VolunteerCategory.SocialStructure);
        var conditional = Rule(130, "tarif jeune", condition: PriceCondition.AgeBand, maxAge: 25);
        var session = Rule(170, "tarif de la session", session: Session);
        var facts = Facts(age: 20, category: VolunteerCategory.SocialStructure);

        Assert.Equal(170m, PriceCalculator.PriceOf(Stay, [global, category, conditional, session], facts)!.Price);
        Assert.Equal(120m, PriceCalculator.PriceOf(Stay, [global, category, conditional], facts)!.Price);
        Assert.Equal(130m, PriceCalculator.PriceOf(Stay, [global, conditional], facts)!.Price);
        // A conditional rule wins over an unconditional one of the same scope even when dearer.
        var dearer = Rule(160, "tarif jeune", condition: PriceCondition.AgeBand, maxAge: 25);
        Assert.Equal(160m, PriceCalculator.PriceOf(Stay, [global, dearer], facts)!.Price);
    }

    [Fact]
    public void AVolunteerMatchingSeveralAutomaticRules_GetsTheLowest_AndIsToldOfTheOthers()
    {
        var returning = Rule(100, "tarif bénévole fidèle", condition: PriceCondition.ReturningVolunteer);
        var young = Rule(110, "tarif jeune", condition: PriceCondition.AgeBand, minAge: 18, maxAge: 25);
        var early = Rule(100, "tarif précoce", condition: PriceCondition.DateWindow, until: "2027-03-31", createdDays: 1);
        var facts = Facts(age: 22, past: new PastSession("Château de Guédelon", 2026));

        var line = PriceCalculator.PriceOf(Stay, [young, early, returning, Rule(150, "tarif normal")], facts)!;

        // Two rules at 100 €: the older one wins, every time.
        Assert.Equal("tarif bénévole fidèle 2027 : a participé à Château de Guédelon en 2026", line.Why);
        Assert.Equal(100m, line.Price);
        Assert.Equal(["tarif précoce : inscription le 10/03/2027 (jusqu'au 31/03/2027) : 100,00 €", "tarif jeune : 22 ans au premier jour (de 18 à 25 ans) : 110,00 €", "tarif normal : 150,00 €"],
            line.NotApplied.Select(n => n.Replace('\u202F', ' ').Replace('\u00A0', ' ')));
    }

    [Theory]
    [InlineData(2026, true)]
    [InlineData(2025, false)]
    [InlineData(2027, false)]
    public void TheReturningRate_NeedsASessionOfThePreviousSeason(int pastSeason, bool applies) =>
        Assert.Equal(applies, PriceCalculator.Reason(Rule(100, "fidèle", condition: PriceCondition.ReturningVolunteer), Facts(past: new PastSession("Site", pastSeason))) is not null);

    [Fact]
    public void TheReturningRate_NeedsAPastSessionAtAll() =>
        Assert.Null(PriceCalculator.Reason(Rule(100, "fidèle", condition: PriceCondition.ReturningVolunteer), Facts(past: null)));

    [Theory]
    [InlineData(17, 18, 25, false)]
    [InlineData(18, 18, 25, true)]
    [InlineData(25, 18, 25, true)]
    [InlineData(26, 18, 25, false)]
    [InlineData(70, 60, null, true)]
    [InlineData(12, null, 14, true)]
    public void AgeBands_IncludeTheirBounds(int age, int? min, int? max, bool applies) =>
        Assert.Equal(applies, PriceCalculator.Reason(Rule(80, "âge", condition: PriceCondition.AgeBand, minAge: min, maxAge: max), Facts(age: age)) is not null);

    [Theory]
    [InlineData("2027-01-31", true)]
    [InlineData("2027-02-01", true)]
    [InlineData("2027-03-31", true)]
    [InlineData("2027-04-01", false)]
    [InlineData("2026-12-31", false)]
    public void DateWindows_IncludeTheirFirstAndLastDay(string on, bool applies) =>
        Assert.Equal(applies, PriceCalculator.Reason(Rule(80, "précoce", condition: PriceCondition.DateWindow, from: "2027-01-31", until: "2027-03-31"), Facts(on: on)) is not null);

    [Fact]
    public void TheGroupRate_AppliesToRegistrationsByAGroupManager()
    {
        var group = Rule(90, "tarif groupe", condition: PriceCondition.GroupRegistration);

        Assert.Equal("tarif groupe : inscription par un responsable de groupe", PriceCalculator.Reason(group, Facts(group: true)));
        Assert.Null(PriceCalculator.Reason(group, Facts(group: false)));
    }

    [Fact]
    public void ACategoryRule_OnlyAppliesToItsCategory_AndSaysSo()
    {
        var international = Rule(60, "tarif international", category: VolunteerCategory.InternationalVolunteer);

        Assert.Null(PriceCalculator.PriceOf(Stay, [international], Facts()));
        Assert.Equal("tarif international, volontaire international", PriceCalculator.PriceOf(Stay, [international], Facts(category: VolunteerCategory.InternationalVolunteer))!.Why);
    }

    [Fact]
    public void APriceCanBeZero_AndIsRoundedToTheCent()
    {
        Assert.Equal(0m, PriceCalculator.PriceOf(Stay, [Rule(0, "gratuit")], Facts())!.Price);
        Assert.Equal(10.01m, Money.Round(10.005m));
        Assert.Equal(-10.01m, Money.Round(-10.005m));
        Assert.Equal(33.33m, Money.Round(100m / 3));
    }

    [Fact]
    public void AProductWithoutAnApplicableRule_HasNoPrice() =>
        Assert.Null(PriceCalculator.PriceOf(Stay, [Rule(50, "autre session", session: OtherSession)], Facts()));
}
