using System.Text;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Exports;

namespace Rempart.Tests.Places;

public sealed class FillRatesTests
{
    [Theory, DatabaseData]
    public async Task FillRates_CountConfirmedPlacesOverCapacity_PerSessionAssociationAndWeek(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var full = await places.SessionAsync(capacity: 2);
        var quarter = await places.SessionAsync(capacity: 4);
        var volunteers = await places.VolunteersAsync(4);
        await places.Hold().ExecuteAsync(full.Id, volunteers[0].Id, null, PlacesFixture.Staff, confirm: true);
        await places.Hold().ExecuteAsync(full.Id, volunteers[1].Id, null, PlacesFixture.Staff, confirm: true);
        await places.Hold().ExecuteAsync(quarter.Id, volunteers[2].Id, null, PlacesFixture.Staff, confirm: true);
        await places.Hold().ExecuteAsync(quarter.Id, volunteers[3].Id, null, PlacesFixture.Staff);

        var rates = await new GetFillRates(places.Database.Contexts, places.Clock).ExecuteAsync(2027, PlacesFixture.Staff);
        var asManager = await new GetFillRates(places.Database.Contexts, places.Clock)
            .ExecuteAsync(2027, TestActors.Holding(places.Programme.Association.Id, Rempart.Domain.Accounts.ProfileKind.AssociationManager));

        Assert.Equal([1.0, 0.25], rates.BySession.Select(r => r.Rate).OrderDescending());
        var association = Assert.Single(rates.ByAssociation);
        Assert.Equal((2, 6, 3, 1), (association.Sessions, association.Capacity, association.Confirmed, association.Held));
        Assert.Equal("S27", Assert.Single(rates.ByWeek).Label);
        Assert.Empty((await new GetFillRates(places.Database.Contexts, places.Clock).ExecuteAsync(2030, PlacesFixture.Staff)).BySession);
        Assert.Empty(asManager.BySession);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33 6 12", "'+33 6 12")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Château; tour", "\"Château; tour\"")]
    [InlineData("Vézelay", "Vézelay")]
    public void CsvCells_AreQuotedWhereNeeded_AndNeverRunAsFormulas(string value, string expected)
    {
        Assert.Equal(expected, CsvFile.Cell(value));
    }

    [Fact]
    public void CsvFiles_StartWithTheUtf8Mark_ForFrenchSpreadsheets()
    {
        var bytes = CsvFile.Write(["Nom"], [["Élodie"]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Nom\r\nÉlodie\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
