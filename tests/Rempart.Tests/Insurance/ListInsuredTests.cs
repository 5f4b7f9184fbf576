using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Insurance;
using Rempart.Domain.Accounts;
using Rempart.Domain.Pricing;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Invoicing;
using Rempart.Tests.Places;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.Insurance;

/// <summary>The insurer's roster on a real database: the option of the order in force, per volunteer and session.</summary>
public sealed class ListInsuredTests
{
    [Theory, DatabaseData]
    public async Task EachVolunteer_AppearsOnceWithTheOptionOfTheirOrderInForce_AndTheFiltersApply(DatabaseProvider provider)
    {
        await using var files = await FileFixture.CreateAsync(provider, _ => { });
        var catalogue = await PlaceOrderTests.CatalogueAsync(files, stayFee: 100m);
        var (first, firstVolunteer) = await files.AcceptedRegistrationAsync(new DateOnly(1998, 5, 5));
        var (second, secondVolunteer) = await files.AcceptedRegistrationAsync(new DateOnly(2001, 1, 9));
        BasketSelection Insurance(Guid option) => new(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = option }, null);
        Assert.True((await PlaceOrderTests.Place(files).ExecuteAsync(first, Insurance(catalogue.Basic), firstVolunteer)).Succeeded);
        // Changed her mind before paying: only the order in force counts.
        Assert.True((await PlaceOrderTests.Place(files).ExecuteAsync(first, Insurance(catalogue.Cancellation), firstVolunteer)).Succeeded);
        Assert.True((await PlaceOrderTests.Place(files).ExecuteAsync(second, Insurance(catalogue.Basic), secondVolunteer)).Succeeded);
        var list = new ListInsured(files.Places.Database.Contexts);
        var all = new InsuredFilter(DateOnly.MinValue, DateOnly.MaxValue);

        var rows = (await list.ExecuteAsync(all, PlacesFixture.Staff))!;

        Assert.Equal(2, rows.Count);
        Assert.Equal("Assurance annulation", rows.Single(r => r.RegistrationId == first).Option);
        Assert.Equal(new DateOnly(2001, 1, 9), rows.Single(r => r.RegistrationId == second).BirthDate);
        Assert.Equal([second], (await list.ExecuteAsync(all with { Option = "Assurance de base" }, PlacesFixture.Staff))!.Select(r => r.RegistrationId));
        Assert.Empty((await list.ExecuteAsync(new InsuredFilter(DateOnly.MinValue, DateOnly.MinValue.AddDays(1)), PlacesFixture.Staff))!);
        // A few letters of a name, accents aside, find that person alone; the worksite's title finds both.
        await using (var db = files.Places.Database.CreateContext())
            await db.Volunteers.Where(v => db.Registrations.Any(r => r.Id == second && r.VolunteerId == v.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.FirstName, "Zoé").SetProperty(v => v.LastName, "Lefèvre"));
        Assert.Equal([second], (await list.ExecuteAsync(all with { Search = "ZOE LEFEV" }, PlacesFixture.Staff))!.Select(r => r.RegistrationId));
        Assert.Equal(2, (await list.ExecuteAsync(all with { Search = rows[0].Worksite }, PlacesFixture.Staff))!.Count);
        Assert.Null(await list.ExecuteAsync(all, TestActors.Holding(Guid.NewGuid(), "Volontaire", null, ProfileKind.Volunteer)));
        Assert.Contains("Assurance annulation", await list.OptionsAsync());
    }
}
