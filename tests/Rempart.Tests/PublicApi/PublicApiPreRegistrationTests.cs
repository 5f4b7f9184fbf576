using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.PublicApi;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.PublicApi;
using Rempart.Tests.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;
using Rempart.Web.Captcha;

namespace Rempart.Tests.PublicApi;

/// <summary>Pre-registrations sent by the website: the key's scope, the visitor's captcha, French refusals, and retries that never register twice.</summary>
public sealed class PublicApiPreRegistrationTests : IAsyncLifetime
{
    private RempartAppFactory app = default!;
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    private async Task<string> KeyAsync(params string[] scopes)
    {
        var (_, secret, _) = await app.Services.GetRequiredService<ApiKeys>().CreateAsync("Site web", scopes, null, TestActors.Holding(null, ProfileKind.SuperAdmin));
        return secret!;
    }

    private async Task<string> CaptchaAsync() => CaptchaTests.Solve((await client.GetFromJsonAsync<AltchaChallenge>(CaptchaEndpoints.ChallengePath))!);

    private async Task<HttpResponseMessage> PostAsync(Guid session, string key, string? idempotencyKey, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sessions/{session}/preinscriptions") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    private static object Form(string email, string captcha, bool consent = true) => new
    {
        prenom = "Inès", nom = "Garnier", email, dateNaissance = "2001-04-12", accepteTraitementDonnees = consent, captcha,
    };

    [Fact]
    public async Task TenParallelRetries_WithOneIdempotencyKey_RegisterOnce_AndAllGetTheSameAnswer()
    {
        var session = await ProgrammeFixtures.PublishedSessionAsync(app.Database);
        var key = await KeyAsync(ApiScopes.RegistrationsWrite);
        var email = $"ines-{Guid.NewGuid():N}@test.rempart.local";
        var body = Form(email, await CaptchaAsync());
        var idempotencyKey = Guid.NewGuid().ToString();

        async Task<(HttpStatusCode, string)> UntilAnswered()
        {
            for (var attempt = 0; ; attempt++)
            {
                using var response = await PostAsync(session.Id, key, idempotencyKey, body);
                if (response.StatusCode != HttpStatusCode.Conflict || attempt > 50) return (response.StatusCode, await response.Content.ReadAsStringAsync());
                Assert.Equal("1", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString());
                await Task.Delay(100);
            }
        }
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => UntilAnswered()));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Item1));
        Assert.Single(answers.Select(a => a.Item2).Distinct());
        var registration = JsonDocument.Parse(answers[0].Item2).RootElement.GetProperty("inscription").GetGuid();
        await using var db = app.Database.CreateContext();
        Assert.Equal(1, await db.Registrations.CountAsync(r => r.SessionId == session.Id));
        Assert.Equal(registration, (await db.Registrations.SingleAsync(r => r.SessionId == session.Id)).Id);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Event == AuditEvent.ApiPreRegistration && e.Email == email));

        // The same key with another request is a client mistake, not a second registration.
        using var other = await PostAsync(session.Id, key, idempotencyKey, Form($"autre-{email}", await CaptchaAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
    }

    [Fact]
    public async Task ARefusal_NamesTheFieldsInFrench_AndABadCaptchaOrAMissingKeyIsRefusedBeforeAnything()
    {
        var session = await ProgrammeFixtures.PublishedSessionAsync(app.Database);
        var key = await KeyAsync(ApiScopes.RegistrationsWrite);

        using var noIdempotency = await PostAsync(session.Id, key, null, Form("a@test.rempart.local", await CaptchaAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, noIdempotency.StatusCode);
        Assert.Contains("Idempotency-Key", await noIdempotency.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var robot = await PostAsync(session.Id, key, Guid.NewGuid().ToString(), Form("b@test.rempart.local", "pas-une-solution"));
        Assert.Equal(HttpStatusCode.BadRequest, robot.StatusCode);
        Assert.True(JsonDocument.Parse(await robot.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("captcha", out _));

        using var wrong = await PostAsync(session.Id, key, Guid.NewGuid().ToString(), Form("pas-une-adresse", await CaptchaAsync(), consent: false));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.Contains("Cochez", errors.GetProperty("accepteTraitementDonnees")[0].GetString(), StringComparison.Ordinal);

        // A key that may only read is refused, whatever it sends.
        using var reader = await PostAsync(session.Id, await KeyAsync(ApiScopes.ProgrammeRead), Guid.NewGuid().ToString(), Form("c@test.rempart.local", await CaptchaAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        await using var db = app.Database.CreateContext();
        Assert.Equal(0, await db.Registrations.CountAsync(r => r.SessionId == session.Id));
    }
}
