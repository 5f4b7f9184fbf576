using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Pricing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Tests.Registrations;

namespace Rempart.Tests.Payments;

/// <summary>What payment tests start from, on a running host.</summary>
internal static class PaymentScenario
{
    /// <summary>A volunteer with an account, accepted on a 2029 session selling its own products, whose file is sent: the order is what is left.</summary>
    public static async Task<Guid> AwaitingPaymentAsync(RempartAppFactory app, string email)
    {
        var session = await ProgrammeFixtures.PublishedSessionAsync(app.Database);
        Guid userId;
        await using (var db = app.Database.CreateContext())
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var person = TestActors.Holding(userId, "Inès Payeur", null, ProfileKind.Volunteer);

        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        // Products of this session only: the other browser tests share this host's catalogue.
        var catalogue = services.GetRequiredService<PricingCatalogue>();
        async Task ProductAsync(Product product, decimal price)
        {
            product.SessionId = session.Id;
            Assert.Empty(await catalogue.SaveProductAsync(product, ProgrammeFixtures.Staff));
            Assert.Empty(await catalogue.SaveRuleAsync(new PriceRule { ProductId = product.Id, Price = price, Label = "tarif séjour", SessionId = session.Id }, ProgrammeFixtures.Staff));
        }
        await ProductAsync(new Product { Name = "Frais de séjour", Kind = ProductKind.StayFee, Mandatory = true, Position = 1 }, 120m);
        await ProductAsync(new Product { Name = "Assurance de base", Kind = ProductKind.Insurance, Mandatory = true, ChoiceGroup = "Assurance", Position = 2 }, 0m);
        await ProductAsync(new Product { Name = "Assurance annulation", Kind = ProductKind.Insurance, Mandatory = true, ChoiceGroup = "Assurance", Position = 3 }, 15m);
        await ProductAsync(new Product { Name = "Don à l'Union", Kind = ProductKind.Donation, Position = 4, MinimumAmount = 10m, MaximumAmount = 200m }, 0m);

        var form = PreRegistrationTests.Form("Inès");
        (form.LastName, form.Email) = ("Payeur", email);
        var created = await services.GetRequiredService<CreatePreRegistration>().ExecuteAsync(new PreRegistrationRequest(session.Id, form, userId, userId, "Inès Payeur"));
        var id = created.RegistrationId!.Value;
        Assert.Null((await services.GetRequiredService<ChangeRegistrationStage>().ExecuteAsync(id, RegistrationStage.Accepted, ProgrammeFixtures.Staff)).Refusal);
        var sent = await services.GetRequiredService<SaveRegistrationFile>().ExecuteAsync(id, RegistrationFileTests.Complete(), person, send: true);
        Assert.Equal(RegistrationStage.AwaitingPayment, sent.Advanced?.To);
        return id;
    }

    /// <summary>The cancellation insurance and a 25 € donation: 120 + 15 + 25 = 160 €, of which 135 € invoiced.</summary>
    public static async Task<BasketSelection> SelectionAsync(RempartAppFactory app, Guid registrationId)
    {
        await using var db = app.Database.CreateContext();
        var sessionId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => r.SessionId).SingleAsync();
        var cancellation = await db.Products.Where(p => p.SessionId == sessionId && p.Name == "Assurance annulation").Select(p => p.Id).SingleAsync();
        return new BasketSelection(new HashSet<Guid>(), new Dictionary<string, Guid> { ["Assurance"] = cancellation }, 25m);
    }
}
