using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Tests.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Captcha;

namespace Rempart.Tests.Registrations;

/// <summary>The pre-registration page's form, posted to the real host as a browser without script would.</summary>
public sealed partial class PreRegistrationPageTests
{
    [Fact]
    public async Task TheSameFormPostedAgain_RegistersOnce_AndWritesOnce_AndAReplayedCaptchaRecordsNothing()
    {
        await using var app = await HostAsync();
        var session = await PublishedSessionAsync(app, capacity: 12);
        using var client = app.CreateClient();
        var email = $"hugo-{Guid.NewGuid():N}@test.rempart.local";
        var form = await FormFieldsAsync(client, $"/inscription/{session.Id}");
        form["Form.FirstName"] = "Hugo";
        form["Form.LastName"] = "Lemoine";
        form["Form.Email"] = email;
        form["Form.BirthDate"] = "1999-09-09";
        form["Form.ForSomeoneElse"] = "False";
        form["Form.AcceptsDataUse"] = "true";
        form[VerifyCaptcha.FieldName] = await SolvedCaptchaAsync(client);

        var first = await PostAsync(client, session, form);
        var replayed = await PostAsync(client, session, form);
        form[VerifyCaptcha.FieldName] = await SolvedCaptchaAsync(client);
        var again = await PostAsync(client, session, form);

        Assert.Contains("La pré-inscription de Hugo Lemoine est enregistrée", first);
        Assert.Contains("Cochez « Je ne suis pas un robot »", replayed);
        Assert.Contains("Cette pré-inscription était déjà enregistrée", again);
        await using var check = app.Database.CreateContext();
        var registration = await check.Registrations.SingleAsync(r => r.SessionId == session.Id);
        Assert.Equal(RegistrationStage.UnderReview, registration.Stage);
        Assert.Equal(1, await check.Users.CountAsync(u => u.Email == email));
        await SmtpServer.Shared.WaitForMessageToAsync(email);
        await Task.Delay(500);
        Assert.Equal(1, SmtpServer.Shared.CountMessagesTo(email));
    }

    [Fact]
    public async Task AnEmptyForm_SaysWhatIsMissingNextToEachField_AndRecordsNothing()
    {
        await using var app = await HostAsync();
        var session = await PublishedSessionAsync(app, capacity: 12);
        using var client = app.CreateClient();
        var form = await FormFieldsAsync(client, $"/inscription/{session.Id}");
        form[VerifyCaptcha.FieldName] = await SolvedCaptchaAsync(client);

        var page = await PostAsync(client, session, form);

        Assert.Contains("<div id=\"FirstName-error\" class=\"validation-message\">Indiquez le prénom.</div>", page);
        Assert.Contains("<div id=\"BirthDate-error\" class=\"validation-message\">Indiquez la date de naissance.</div>", page);
        Assert.Contains("aria-invalid=\"true\"", page);
        await using var check = app.Database.CreateContext();
        Assert.False(await check.Registrations.AnyAsync(r => r.SessionId == session.Id));
    }

    [Fact]
    public async Task AFullSession_OffersItsWaitingList_AndTheVisitorIsToldTheirPosition_ByMailToo()
    {
        await using var app = await HostAsync();
        var session = await PublishedSessionAsync(app, capacity: 0);
        using var client = app.CreateClient();
        var email = $"lou-{Guid.NewGuid():N}@test.rempart.local";
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/inscription/{session.Id}"));
        Assert.Contains("Cette session est complète. Laissez vos coordonnées pour rejoindre sa liste d'attente", page);
        Assert.Contains("Rejoindre la liste d'attente", page);
        var form = await FormFieldsAsync(client, $"/inscription/{session.Id}");
        (form["Form.FirstName"], form["Form.LastName"], form["Form.Email"], form["Form.BirthDate"]) = ("Lou", "Martin", email, "2000-01-01");
        (form["Form.ForSomeoneElse"], form["Form.AcceptsDataUse"]) = ("False", "true");
        form[VerifyCaptcha.FieldName] = await SolvedCaptchaAsync(client);

        var answer = await PostAsync(client, session, form);

        Assert.Contains("Lou Martin est sur la liste d'attente, en position 1.", answer);
        var mail = WebUtility.HtmlDecode(MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email)));
        Assert.Contains("en position 1", mail);
        Assert.Contains("/compte/activer", mail);
        await using var check = app.Database.CreateContext();
        Assert.Equal(1, await check.WaitingList.CountAsync(e => e.SessionId == session.Id));
    }

    /// <summary>The real host with an easy captcha and the test SMTP server.</summary>
    private static async Task<RempartAppFactory> HostAsync()
    {
        var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Captcha:MaxNumber"] = "2000",
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host,
            ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
        });
        _ = app.Services;
        return app;
    }

    private static async Task<Session> PublishedSessionAsync(RempartAppFactory app, int capacity)
    {
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var session = programme.NewSession("2029-07-02", "2029-07-15");
        (session.Status, session.Capacity) = (SessionStatus.Published, capacity);
        await using var db = app.Database.CreateContext();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    private static async Task<string> PostAsync(HttpClient client, Session session, Dictionary<string, string> form)
    {
        using var response = await client.PostAsync($"/inscription/{session.Id}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        return HiddenInput().Matches(page).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    private static async Task<string> SolvedCaptchaAsync(HttpClient client) =>
        CaptchaTests.Solve((await client.GetFromJsonAsync<AltchaChallenge>(CaptchaEndpoints.ChallengePath))!);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
