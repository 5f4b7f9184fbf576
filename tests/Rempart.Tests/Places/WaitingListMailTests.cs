using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Data.Registrations;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Places;

namespace Rempart.Tests.Places;

public sealed class WaitingListMailTests
{
    [Fact]
    public async Task TheMinuteJob_MailsTheOffer_WhoseLinkOpensTheOfferPage()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host,
            ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
            ["Mail:PublicBaseUrl"] = "https://rempart.example/",
        });
        _ = app.Services;
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var session = programme.NewSession("2027-07-05", "2027-07-18");
        session.Capacity = 1;
        session.Status = SessionStatus.Published;
        var (taken, waiting) = (Volunteer("Paul"), Volunteer("Zoé"));
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.Add(session);
            db.Volunteers.AddRange(taken, waiting);
            await db.SaveChangesAsync();
        }
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var registration = (await services.GetRequiredService<HoldPlace>().ExecuteAsync(session.Id, taken.Id, null, ProgrammeFixtures.Staff, confirm: true)).Registration!;
        Assert.Null(await services.GetRequiredService<JoinWaitingList>().ExecuteAsync(session.Id, waiting.Id, null, ProgrammeFixtures.Staff));
        Assert.Null((await services.GetRequiredService<ChangeRegistrationStage>().ExecuteAsync(registration.Id, RegistrationStage.CancelledByStaff, ProgrammeFixtures.Staff, "désistement")).Refusal);

        await ActivatorUtilities.CreateInstance<FreePlacesJob>(services).Execute(null!, CancellationToken.None);

        var body = MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(waiting.Email));
        Assert.Contains("Une place s'est libérée pour Zoé Test", System.Net.WebUtility.HtmlDecode(body));
        var link = new Uri(MailText.FirstLink(body));
        Assert.StartsWith("https://rempart.example/compte/offre-de-place/", link.ToString());
        using var client = app.CreateClient();
        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(link.PathAndQuery));
        Assert.Contains("J'accepte la place", page);
        Assert.Contains("Une place s'est libérée pour Zoé Test", page);
        Assert.Contains("Ce lien n'est plus valable", System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(link.AbsolutePath + "?code=faux")));
    }

    private static Volunteer Volunteer(string firstName) => new()
    {
        FirstName = firstName, LastName = "Test", Email = $"v-{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(2001, 5, 5),
    };
}
