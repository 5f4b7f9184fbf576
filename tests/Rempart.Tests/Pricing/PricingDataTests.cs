using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Pricing;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Pricing;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Places;

namespace Rempart.Tests.Pricing;

/// <summary>The catalogue and the facts prices depend on, on a real database.</summary>
public sealed class PricingDataTests
{
    private static readonly Actor Pricer = TestActors.Holding(Guid.NewGuid(), "Trésorière", null, ProfileKind.Staff);

    [Theory, DatabaseData]
    public async Task AReturningVolunteer_GetsTheReturningRate_AndTheSimulatorSaysWhereTheyCameLastSeason(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var last = await SessionAsync(places, "2026-07-06", "2026-07-19");
        var next = await SessionAsync(places, "2027-07-05", "2027-07-18");
        var volunteer = (await places.VolunteersAsync(1))[0];
        var past = (await places.Hold().ExecuteAsync(last.Id, volunteer.Id, null, PlacesFixture.Staff, confirm: true)).Registration!;
        await using (var db = places.Database.CreateContext())
            await db.Registrations.Where(r => r.Id == past.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Stage, RegistrationStage.Attended));
        var catalogue = new PricingCatalogue(places.Database.Contexts, places.Clock);
        var stay = new Product { Name = "Frais de séjour", Kind = ProductKind.StayFee, Mandatory = true };
        Assert.Empty(await catalogue.SaveProductAsync(stay, Pricer));
        Assert.Empty(await catalogue.SaveRuleAsync(new PriceRule { ProductId = stay.Id, Price = 149.90m, Label = "tarif normal" }, Pricer));
        Assert.Empty(await catalogue.SaveRuleAsync(new PriceRule
        {
            ProductId = stay.Id, Price = 99.99m, Label = "tarif bénévole fidèle", Condition = PriceCondition.ReturningVolunteer, MinimumAge = 12,
        }, Pricer));

        var (basket, facts, refusal) = await new SimulateBasket(catalogue, new ReadPricingFacts(places.Database.Contexts, places.Clock)).ExecuteAsync(next.Id, volunteer.Id, PlacesFixture.Staff);

        Assert.Null(refusal);
        Assert.Equal(new PastSession("Château de Guédelon", 2026), facts!.PreviousSeason);
        var line = Assert.Single(basket!.Lines);
        Assert.Equal((99.99m, "tarif bénévole fidèle 2027 : a participé à Château de Guédelon en 2026"), (line.Price, line.Why));
        await using var check = places.Database.CreateContext();
        Assert.Null((await check.PriceRules.SingleAsync(r => r.Price == 99.99m || r.Label == "tarif bénévole fidèle")).MinimumAge);
    }

    [Theory, DatabaseData]
    public async Task TheProfileGroup_ComesFromWhosePlacesAreUsed_OrFromTheCountry(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await SessionAsync(places, "2027-07-05", "2027-07-18");
        var structure = new Organisation { Name = $"Mission locale {Guid.NewGuid():N}", Kind = OrganisationKind.SocialStructure };
        await using (var db = places.Database.CreateContext())
        {
            db.Organisations.Add(structure);
            await db.SaveChangesAsync();
        }
        var allocation = await places.AllocateAsync(session, 2, structure.Id);
        var (french, foreign) = ((await places.VolunteersAsync(1))[0], (await places.VolunteersAsync(1))[0]);
        await using (var db = places.Database.CreateContext())
            await db.Volunteers.Where(v => v.Id == foreign.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Country, "Deutschland"));
        var read = new ReadPricingFacts(places.Database.Contexts, places.Clock);

        Assert.Equal(VolunteerCategory.SocialStructure, (await read.ExecuteAsync(session.Id, french.Id, allocation.Id, null))!.Category);
        Assert.Equal(VolunteerCategory.Individual, (await read.ExecuteAsync(session.Id, french.Id, null, null))!.Category);
        Assert.Equal(VolunteerCategory.InternationalVolunteer, (await read.ExecuteAsync(session.Id, foreign.Id, null, null))!.Category);
        Assert.Equal(27, (await read.ExecuteAsync(session.Id, french.Id, null, null))!.AgeAtStart);
    }

    [Theory, DatabaseData]
    public async Task OnlyHoldersOfPricingManage_ChangeTheCatalogue_AndWrongRulesAreRefused(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var catalogue = new PricingCatalogue(places.Database.Contexts, places.Clock);
        var manager = places.Programme.ManagerOf(places.Programme.Association);
        var fee = new Product { Name = "Frais d'inscription", Kind = ProductKind.RegistrationFee, Mandatory = true };

        Assert.Equal("Vous n'avez pas le droit de configurer les tarifs.", (await catalogue.SaveProductAsync(fee, manager))[""]);
        Assert.Empty(await catalogue.SaveProductAsync(fee, Pricer));
        Assert.Equal(["Price"], (await catalogue.SaveRuleAsync(new PriceRule { ProductId = fee.Id, Price = 12.345m, Label = "x" }, Pricer)).Keys);
        Assert.Equal("Ce produit n'existe plus.", (await catalogue.SaveRuleAsync(new PriceRule { ProductId = Guid.NewGuid(), Price = 1, Label = "x" }, Pricer))[""]);

        await using var db = places.Database.CreateContext();
        Assert.False(await db.PriceRules.AnyAsync());
        Assert.Single(await db.Products.ToListAsync());
    }

    private static async Task<Session> SessionAsync(PlacesFixture places, string start, string end)
    {
        var session = places.Programme.NewSession(start, end);
        session.Status = SessionStatus.Published;
        await using var db = places.Database.CreateContext();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }
}
