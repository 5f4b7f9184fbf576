using Rempart.Domain.Pricing;

namespace Rempart.Tests.Pricing;

/// <summary>A session's basket: what is offered, what must be chosen, what it costs.</summary>
public sealed class BasketTests
{
    private static readonly Guid Session = Guid.NewGuid();
    private static readonly Product Fee = new() { Name = "Frais d'inscription", Kind = ProductKind.RegistrationFee, Mandatory = true, Position = 1 };
    private static readonly Product Stay = new() { Name = "Frais de séjour", Kind = ProductKind.StayFee, Mandatory = true, Position = 2 };
    private static readonly Product Membership = new() { Name = "Adhésion", Kind = ProductKind.Membership, Position = 3 };
    private static readonly Product BasicInsurance = new() { Name = "Assurance de base", Kind = ProductKind.Insurance, Mandatory = true, ChoiceGroup = "Assurance", Position = 4 };
    private static readonly Product FullInsurance = new() { Name = "Assurance annulation", Kind = ProductKind.Insurance, Mandatory = true, ChoiceGroup = "Assurance", Position = 5 };
    private static readonly Product Donation = new() { Name = "Don", Kind = ProductKind.Donation, MinimumAmount = 5, MaximumAmount = 500, Position = 6 };
    private static readonly Product OtherSessionOnly = new() { Name = "Sortie en canoë", Kind = ProductKind.Other, SessionId = Guid.NewGuid() };
    private static readonly Product Retired = new() { Name = "Ancien produit", Kind = ProductKind.Other, Active = false };

    private static readonly PricingFacts Facts = new(Session, 2027, 30, VolunteerCategory.Individual, null, false, new DateOnly(2027, 3, 1));

    private static Basket Basket() => Domain.Pricing.Basket.For(
        [Donation, FullInsurance, Stay, Fee, Membership, BasicInsurance, OtherSessionOnly, Retired],
        [Price(Fee, 20), Price(Stay, 149.50m), Price(Membership, 15), Price(BasicInsurance, 0), Price(FullInsurance, 12.30m), Price(OtherSessionOnly, 30), Price(Retired, 1)],
        Facts);

    private static PriceRule Price(Product product, decimal price) => new() { ProductId = product.Id, Price = price, Label = "tarif normal" };

    [Fact]
    public void TheBasket_OffersActiveProducts_OfEverySessionAndThisOne_InTheirOrder()
    {
        Assert.Equal(["Frais d'inscription", "Frais de séjour", "Adhésion", "Assurance de base", "Assurance annulation", "Don"], Basket().Lines.Select(l => l.Product.Name));
        Assert.Equal(["Frais d'inscription", "Frais de séjour"], Basket().Mandatory.Select(l => l.Product.Name));
        Assert.Equal("Assurance", Assert.Single(Basket().ChoiceGroups).Key);
    }

    [Fact]
    public void AMandatoryChoice_MustBeMade_AndOnlyAmongItsOptions()
    {
        Assert.Equal("Choisissez une option : Assurance.", Basket().Check(BasketSelection.Nothing)["Assurance"]);
        var wrong = new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = Membership.Id }, null);
        Assert.Equal("Cette option n'est pas proposée pour cette inscription.", Basket().Check(wrong)["Assurance"]);
    }

    [Theory]
    [InlineData("4.99", "Le don va de")]
    [InlineData("500.01", "Le don va de")]
    [InlineData("10.005", "euros et centimes")]
    [InlineData("5", null)]
    [InlineData("500", null)]
    public void ADonation_IsChosenWithinItsBounds(string amount, string? error)
    {
        var selection = new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = BasicInsurance.Id }, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        var errors = Basket().Check(selection);

        if (error is null) Assert.Empty(errors);
        else Assert.Contains(error, errors["Donation"]);
    }

    [Fact]
    public void AValidSelection_CostsItsMandatoryLines_ItsChoices_AndTheDonation()
    {
        var selection = new BasketSelection(new HashSet<Guid> { Membership.Id }, new Dictionary<string, Guid> { ["Assurance"] = FullInsurance.Id }, 25m);

        Assert.Empty(Basket().Check(selection));
        var items = Basket().Items(selection);

        Assert.Equal(["Frais d'inscription", "Frais de séjour", "Adhésion", "Assurance annulation", "Don"], items.Select(i => i.Line.Product.Name));
        Assert.Equal(221.80m, Domain.Pricing.Basket.Total(items));
    }

    [Fact]
    public void AProductOfAnotherSession_CannotBeSlippedIn()
    {
        var selection = new BasketSelection(new HashSet<Guid> { OtherSessionOnly.Id }, new Dictionary<string, Guid> { ["Assurance"] = BasicInsurance.Id }, null);

        Assert.Equal("Ce produit n'est pas proposé pour cette inscription.", Basket().Check(selection)[OtherSessionOnly.Id.ToString()]);
    }

    [Fact]
    public void ProductsAndRules_AreCheckedBeforeTheyAreSaved()
    {
        Assert.Equal(["Name"], PricingRules.Validate(new Product { Name = " " }).Keys);
        Assert.Equal(["Mandatory", "MaximumAmount"], PricingRules.Validate(new Product { Name = "Don", Kind = ProductKind.Donation, MinimumAmount = 50, MaximumAmount = 10, Mandatory = true }).Keys.Order());
        Assert.Equal(["Label", "Price"], PricingRules.Validate(new PriceRule { Price = -1 }).Keys.Order());
        Assert.Equal(["Account"], PricingRules.Validate(new Product { Name = "Séjour", Account = "70A" }).Keys);
        Assert.Empty(PricingRules.Validate(new Product { Name = "Séjour", Account = " 706210 " }));
        Assert.Equal(["Price"], PricingRules.Validate(new PriceRule { Label = "x", Price = 1.234m }).Keys);
        Assert.Equal(["MinimumAge"], PricingRules.Validate(new PriceRule { Label = "x", Condition = PriceCondition.AgeBand }).Keys);
        Assert.Equal(["MaximumAge"], PricingRules.Validate(new PriceRule { Label = "x", Condition = PriceCondition.AgeBand, MinimumAge = 30, MaximumAge = 20 }).Keys);
        Assert.Equal(["Until"], PricingRules.Validate(new PriceRule { Label = "x", Condition = PriceCondition.DateWindow, From = new DateOnly(2027, 3, 1), Until = new DateOnly(2027, 2, 1) }).Keys);
    }
}
