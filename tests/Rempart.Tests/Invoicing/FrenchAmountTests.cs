using Rempart.Domain.Invoicing;

namespace Rempart.Tests.Invoicing;

/// <summary>Amounts in words on tax receipts, in the traditional French spelling.</summary>
public sealed class FrenchAmountTests
{
    [Theory]
    [InlineData(1, "un euro")]
    [InlineData(21, "vingt et un euros")]
    [InlineData(71, "soixante et onze euros")]
    [InlineData(77, "soixante-dix-sept euros")]
    [InlineData(80, "quatre-vingts euros")]
    [InlineData(81, "quatre-vingt-un euros")]
    [InlineData(91, "quatre-vingt-onze euros")]
    [InlineData(100, "cent euros")]
    [InlineData(200, "deux cents euros")]
    [InlineData(201, "deux cent un euros")]
    [InlineData(1000, "mille euros")]
    [InlineData(2080, "deux mille quatre-vingts euros")]
    [InlineData(80000, "quatre-vingt mille euros")]
    [InlineData(200000, "deux cent mille euros")]
    [InlineData(1000000, "un million d'euros")]
    [InlineData(2500000, "deux millions cinq cent mille euros")]
    public void WholeEuros(long euros, string expected) => Assert.Equal(expected, FrenchAmount.InWords(euros));

    [Theory]
    [InlineData("120.50", "cent vingt euros et cinquante centimes")]
    [InlineData("0.01", "un centime")]
    [InlineData("1.99", "un euro et quatre-vingt-dix-neuf centimes")]
    [InlineData("30.005", "trente euros et un centime")]
    public void EurosAndCents(string amount, string expected) =>
        Assert.Equal(expected, FrenchAmount.InWords(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
