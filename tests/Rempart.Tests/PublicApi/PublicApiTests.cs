using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Data.PublicApi;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Pricing;
using Rempart.Domain.Programming;
using Rempart.Domain.PublicApi;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.PublicApi;

/// <summary>The public API's contract on a real host: keys and scopes, published data only and never a person, ETags, errors in French, rates, origins.</summary>
public sealed class PublicApiTests : IAsyncLifetime
{
    private RempartAppFactory app = default!;
    private HttpClient client = default!;
    private static readonly Actor Admin = TestActors.Holding(null, ProfileKind.SuperAdmin);

    public async Task InitializeAsync()
    {
        app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["PublicApi:RequestsPerMinute"] = "6" });
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    private async Task<string> KeyAsync(string? origin = null, params string[] scopes)
    {
        var (_, secret, errors) = await app.Services.GetRequiredService<ApiKeys>().CreateAsync($"Site {Guid.NewGuid():N}"[..12], scopes.Length > 0 ? scopes : [ApiScopes.ProgrammeRead], origin, Admin);
        Assert.Empty(errors);
        return secret!;
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? key, Action<HttpRequestMessage>? also = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        also?.Invoke(request);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task PublishedSessions_AreListedWithTheirSiteAndFreePlaces_NeverADraftNorAPerson_AndAnUnchangedPageAnswers304()
    {
        var published = await ProgrammeFixtures.PublishedSessionAsync(app.Database, "2031-07-07", "2031-07-20");
        var programme = await ProgrammeFixtures.CreateAsync(app.Database);
        var draft = programme.NewSession("2031-07-07", "2031-07-20");
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.Add(draft);
            await db.SaveChangesAsync();
        }
        var key = await KeyAsync();

        var response = await GetAsync("/api/v1/sessions?du=2031-07-01&au=2031-07-31&taille=100", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var ids = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(published.Id, ids);
        Assert.DoesNotContain(draft.Id, ids);
        var item = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == published.Id);
        Assert.Equal(12, item.GetProperty("freePlaces").GetInt32());
        Assert.Equal("Château de Guédelon", item.GetProperty("site").GetProperty("name").GetString());
        // Never a person: every property name is one of the programme's.
        string[] allowed = ["items", "total", "page", "pageSize", "id", "worksiteId", "title", "association", "site", "name", "commune", "departement", "region",
            "latitude", "longitude", "description", "photos", "start", "end", "minimumAge", "maximumAge", "audience", "techniques", "freePlaces", "registrationOpen",
            "prices", "priceFrom"];
        Assert.All(Names(json), n => Assert.Contains(n, allowed));

        var etag = response.Headers.ETag!.Tag;
        var again = await GetAsync("/api/v1/sessions?du=2031-07-01&au=2031-07-31&taille=100", key, r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/api/v1/sessions/{published.Id}", key)).StatusCode);
        var missing = await GetAsync($"/api/v1/sessions/{draft.Id}", key);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        // Worksites and sites: those with a published session only (a second key: six requests a minute each here).
        key = await KeyAsync();
        var worksites = JsonDocument.Parse(await (await GetAsync("/api/v1/chantiers", key)).Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        var withPublished = worksites.Single(w => w.GetProperty("sessions").EnumerateArray().Any(s => s.GetGuid() == published.Id));
        Assert.DoesNotContain(worksites, w => w.GetProperty("id").GetGuid() == programme.Worksite.Id);
        Assert.All(worksites.SelectMany(w => Names(w)), n => Assert.DoesNotContain(n, new[] { "email", "phone", "birthDate", "firstName", "lastName" }));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/api/v1/chantiers/{withPublished.GetProperty("id").GetGuid()}", key)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/chantiers/{programme.Worksite.Id}", key)).StatusCode);
        var sites = JsonDocument.Parse(await (await GetAsync("/api/v1/sites", key)).Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(withPublished.GetProperty("site").GetProperty("id").GetGuid(), sites);
        Assert.DoesNotContain(programme.Site.Id, sites);
    }

    [Fact]
    public async Task ASession_ShowsTheCataloguesPrices_AndItsPhotosAtTheirSizes()
    {
        var session = await ProgrammeFixtures.PublishedSessionAsync(app.Database, "2031-08-04", "2031-08-15");
        Guid worksiteId;
        await using (var db = app.Database.CreateContext())
        {
            worksiteId = db.Sessions.Single(s => s.Id == session.Id).WorksiteId;
            var registration = new Product { Name = "Frais d'inscription", Kind = ProductKind.RegistrationFee, Mandatory = true, Position = 0 };
            var stay = new Product { Name = "Hébergement", Kind = ProductKind.StayFee, Mandatory = true, Position = 1, SessionId = session.Id };
            var tshirt = new Product { Name = "T-shirt", Kind = ProductKind.Other, Position = 2 };
            var retired = new Product { Name = "Ancien forfait", Kind = ProductKind.StayFee, Mandatory = true, Active = false };
            var gift = new Product { Name = "Don", Kind = ProductKind.Donation, MinimumAmount = 0, MaximumAmount = 500 };
            db.Products.AddRange(registration, stay, tshirt, retired, gift);
            db.PriceRules.AddRange(
                new PriceRule { ProductId = registration.Id, Label = "Tarif unique", Price = 25m },
                new PriceRule { ProductId = stay.Id, Label = "Plein tarif", Price = 120m },
                new PriceRule { ProductId = stay.Id, Label = "Moins de 26 ans", Price = 80m, Condition = PriceCondition.AgeBand, MinimumAge = 18, MaximumAge = 25 },
                new PriceRule { ProductId = tshirt.Id, Label = "T-shirt", Price = 12m },
                new PriceRule { ProductId = retired.Id, Label = "Ancien", Price = 5m });
            await db.SaveChangesAsync();
        }
        var photos = app.Services.GetRequiredService<ManagePhotos>();
        var added = await photos.AddAsync(PhotoOwner.Worksite, worksiteId, "rempart.jpg", new MemoryStream(TestImages.Jpeg(2000, 1200)), "Le rempart nord", ProgrammeFixtures.Staff);
        Assert.Null(added.Refusal);

        var json = JsonDocument.Parse(await (await GetAsync($"/api/v1/sessions/{session.Id}", await KeyAsync())).Content.ReadAsStringAsync()).RootElement;
        var prices = json.GetProperty("prices").EnumerateArray().ToList();
        Assert.Equal(["Frais d'inscription", "Hébergement", "T-shirt"], prices.Select(p => p.GetProperty("product").GetString()));
        var stayRates = prices[1].GetProperty("rates").EnumerateArray().ToList();
        Assert.Equal([80m, 120m], stayRates.Select(r => r.GetProperty("amount").GetDecimal()));
        Assert.Equal("AgeBand", stayRates[0].GetProperty("condition").GetString());
        Assert.Equal(25, stayRates[0].GetProperty("maximumAge").GetInt32());
        // From: the cheapest rate of each mandatory product (25 + 80); the optional T-shirt is not counted.
        Assert.Equal(105m, json.GetProperty("priceFrom").GetDecimal());

        var photo = json.GetProperty("photos").EnumerateArray().Single();
        Assert.Equal("Le rempart nord", photo.GetProperty("altText").GetString());
        Assert.True(photo.GetProperty("isCover").GetBoolean());
        var sizes = new Dictionary<string, int> { ["thumbnail"] = 320, ["medium"] = 800, ["large"] = 1600, ["original"] = 2000 };
        foreach (var (name, width) in sizes)
        {
            var url = new Uri(photo.GetProperty(name).GetString()!);
            Assert.True(url.IsAbsoluteUri);
            var image = await client.GetByteArrayAsync(url.PathAndQuery);
            Assert.Equal(width, TestImages.Width(image));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/photos/{added.Photo!.Id}?taille=4000")).StatusCode);
    }

    [Fact]
    public async Task WrongParameters_AreProblemDetailsInFrench_NamingEachParameter()
    {
        var response = await GetAsync("/api/v1/sessions?du=2031-13-45&tri=prix&public=martiens&taille=500", await KeyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Paramètres invalides", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        foreach (var name in new[] { "du", "tri", "public", "taille" }) Assert.True(errors.TryGetProperty(name, out _), name);
        Assert.Contains("AAAA-MM-JJ", errors.GetProperty("du")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoKey_AWrongScope_OrARevokedKey_AreRefused_AndAKeyIsLimitedToItsRate()
    {
        var none = await GetAsync("/api/v1/sessions", null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("X-Api-Key", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/v1/sessions", await KeyAsync(null, ApiScopes.RegistrationsWrite))).StatusCode);

        var key = await KeyAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/sessions", key)).StatusCode);
        var keys = app.Services.GetRequiredService<ApiKeys>();
        var id = (await keys.ListAsync(Admin)).Single(k => key.StartsWith(k.Prefix, StringComparison.Ordinal)).Id;
        Assert.Null(await keys.RevokeAsync(id, Admin));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/sessions", key)).StatusCode);
        Assert.NotNull(await keys.RevokeAsync(id, TestActors.Holding(null, ProfileKind.Staff)));
        await using (var db = app.Database.CreateContext())
            Assert.Equal(2, db.AuditEntries.Count(a => (a.Event == AuditEvent.ApiKeyCreated || a.Event == AuditEvent.ApiKeyRevoked) && a.Details!.Contains(key.Substring(0, 10))));

        // Six requests a minute here: the seventh waits.
        var limited = await KeyAsync();
        for (var i = 0; i < 6; i++) Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/sessions", limited)).StatusCode);
        var refused = await GetAsync("/api/v1/sessions", limited);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Trop de requêtes", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Another key is not slowed by the first.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/sessions", await KeyAsync())).StatusCode);
    }

    [Fact]
    public async Task ABrowser_UsesAKeyFromItsOwnOriginOnly()
    {
        var key = await KeyAsync("https://www.rempart.example");
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/sessions");
        preflight.Headers.Add("Origin", "https://www.rempart.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        var answer = await client.SendAsync(preflight);
        Assert.Equal("https://www.rempart.example", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var fromSite = await GetAsync("/api/v1/sessions", key, r => r.Headers.Add("Origin", "https://www.rempart.example"));
        Assert.Equal(HttpStatusCode.OK, fromSite.StatusCode);
        Assert.Equal("https://www.rempart.example", fromSite.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/v1/sessions", key, r => r.Headers.Add("Origin", "https://ailleurs.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/v1/sessions", await KeyAsync(), r => r.Headers.Add("Origin", "https://www.rempart.example"))).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocument_IsValidForAnIndependentValidator_AndDescribesTheEndpointsTheirParametersAndErrors()
    {
        var text = await client.GetStringAsync("/openapi/v1.json");
        var file = Path.Combine(TestEnvironment.NewTempFolder("rempart-openapi"), "v1.json");
        await File.WriteAllTextAsync(file, text);
        var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(TestEnvironment.OpenApiValidator);
        start.ArgumentList.Add(file);
        using (var node = System.Diagnostics.Process.Start(start)!)
        {
            var said = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, said);
            Assert.StartsWith("valid OpenAPI", said, StringComparison.Ordinal);
        }
        var document = JsonDocument.Parse(text).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/sessions").GetProperty("get");
        Assert.Equal(["au", "du", "page", "places_libres", "public", "region", "taille", "technique", "tri"],
            list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "304", "400", "401", "403", "429"], list.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        foreach (var path in new[] { "/api/v1/sessions/{id}", "/api/v1/chantiers", "/api/v1/chantiers/{id}", "/api/v1/sites" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var preRegister = paths.GetProperty("/api/v1/sessions/{id}/preinscriptions").GetProperty("post");
        Assert.True(preRegister.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.Equal(["201", "400", "401", "403", "409", "422", "429"], preRegister.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
