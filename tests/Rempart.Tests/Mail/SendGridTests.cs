using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Tests.Registrations;
using Rempart.Web.Mail;
using Rempart.Web.Mail.SendGrid;

namespace Rempart.Tests.Mail;

/// <summary>SendGrid's v3 API against a stand-in that behaves like the documented one, refusals and rate limits included.</summary>
public sealed class SendGridTests : IAsyncLifetime
{
    private SendGridStandIn sendGrid = default!;

    public async Task InitializeAsync() => sendGrid = await SendGridStandIn.StartAsync();

    public async Task DisposeAsync() => await sendGrid.DisposeAsync();

    private SendGridClient Client(string? key = null) => new(new HttpClient(), Options.Create(new MailOptions
    {
        SendGridApiKey = key ?? SendGridStandIn.ApiKey, SendGridBaseUrl = sendGrid.BaseUrl, SendGridRetryDelayMilliseconds = 20,
    }), NullLogger<SendGridClient>.Instance);

    private static SendGridMessage Message(string subject = "Objet", params string[] to) => new(
        to.Select(t => new SendGridPersonalization([new SendGridAddress(t)], new Dictionary<string, string> { ["-prenom-"] = t[..t.IndexOf('@')] })).ToList(),
        new SendGridAddress("ne-pas-repondre@rempart.local", "Union REMPART"), subject, [new SendGridContent("text/html", "<p>Bonjour -prenom-</p>")]);

    [Fact]
    public async Task AMessageIsAccepted_WithOnePersonalizationPerRecipient_AndItsSubstitutions()
    {
        await Client().SendAsync(Message("Objet", "alix@example.org", "noe@example.org"));

        Assert.Equal(1, sendGrid.Calls);
        Assert.Equal(["<p>Bonjour alix</p>", "<p>Bonjour noe</p>"], sendGrid.Accepted.Select(a => a.Html).Order());
        Assert.All(sendGrid.Accepted, a => Assert.Equal("Objet", a.Subject));
    }

    [Fact]
    public async Task ARateLimitAndServerErrors_AreWaitedOut_AndTheMessageLeavesOnce()
    {
        sendGrid.FailNext(1, HttpStatusCode.TooManyRequests);
        sendGrid.FailNext(2, HttpStatusCode.InternalServerError);

        await Client().SendAsync(Message("Objet", "alix@example.org"));

        Assert.Equal(4, sendGrid.Calls);
        Assert.Single(sendGrid.Accepted);
    }

    [Fact]
    public async Task AWrongKey_ABadMessage_AndALastingOutage_SayWhatIsWrong_AndNothingIsAccepted()
    {
        var key = await Assert.ThrowsAsync<SendGridException>(() => Client("SG.wrong").SendAsync(Message("Objet", "alix@example.org")));
        Assert.Equal(HttpStatusCode.Unauthorized, key.Status);
        Assert.Contains("clé d'API", key.Message, StringComparison.Ordinal);

        var bad = await Assert.ThrowsAsync<SendGridException>(() => Client().SendAsync(Message("", "alix@example.org")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("The subject is required.", bad.Message, StringComparison.Ordinal);

        sendGrid.FailNext(4, HttpStatusCode.ServiceUnavailable);
        var down = await Assert.ThrowsAsync<SendGridException>(() => Client().SendAsync(Message("Objet", "alix@example.org")));
        Assert.Contains("indisponible", down.Message, StringComparison.Ordinal);
        Assert.Empty(sendGrid.Accepted);
        await Assert.ThrowsAsync<ArgumentException>(() => Client().SendAsync(Message("Objet")));
    }

    [Fact]
    public async Task WithTheSendGridTransport_ARegistrationsMailLeavesThroughTheApi()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: sendGrid.Settings());
        _ = app.Services;
        var session = await ProgrammeFixtures.PublishedSessionAsync(app.Database);
        var form = PreRegistrationTests.Form("Inès");
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Web.Registrations.PreRegister>().ExecuteAsync(session.Id, form, null);

        var mail = Assert.Single(sendGrid.Accepted, a => a.To == form.Email);
        Assert.StartsWith("Pré-inscription reçue", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Inès Durand", mail.Html, StringComparison.Ordinal);
        Assert.Equal("ne-pas-repondre@rempart.local", mail.Request["from"]!["email"]!.GetValue<string>());
    }
}
