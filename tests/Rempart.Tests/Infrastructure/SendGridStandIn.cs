using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rempart.Tests.Infrastructure;

/// <summary>
/// A stand-in for SendGrid's v3 <c>POST /v3/mail/send</c> on a loopback port, as documented: a
/// bearer key (401 with SendGrid's error body otherwise), a JSON body with personalizations (1 to
/// 1,000, each with at least one "to"), from, subject and content, checked field by field (400 with
/// one error per field), and 202 with an empty body when accepted. Tests read what was accepted
/// and make the next calls answer 429 (with Retry-After) or 5xx.
/// </summary>
public sealed class SendGridStandIn : IAsyncDisposable
{
    public const string ApiKey = "SG.rempart-stand-in.key";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<HttpStatusCode> faults = new();
    private int calls;

    private SendGridStandIn(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every accepted message: one entry per personalization, with the message's subject and HTML.</summary>
    public ConcurrentQueue<(string To, string Subject, string Html, JsonObject Request)> Accepted { get; } = new();

    /// <summary>Every call made, accepted or not.</summary>
    public int Calls => calls;

    public Dictionary<string, string?> Settings() => new()
    {
        ["Mail:Transport"] = "SendGrid", ["Mail:SendGridApiKey"] = ApiKey, ["Mail:SendGridBaseUrl"] = BaseUrl, ["Mail:SendGridRetryDelayMilliseconds"] = "20",
    };

    public void FailNext(int count, HttpStatusCode status)
    {
        for (var i = 0; i < count; i++) faults.Enqueue(status);
    }

    public static async Task<SendGridStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new SendGridStandIn(app);
        app.MapPost("/v3/mail/send", (Func<HttpContext, Task<IResult>>)standIn.SendAsync);
        await app.StartAsync();
        standIn.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return standIn;
    }

    private async Task<IResult> SendAsync(HttpContext http)
    {
        Interlocked.Increment(ref calls);
        if (http.Request.Headers.Authorization.ToString() != $"Bearer {ApiKey}")
            return Errors(HttpStatusCode.Unauthorized, ("The provided authorization grant is invalid, expired, or revoked", null));
        if (faults.TryDequeue(out var fault))
        {
            if (fault == HttpStatusCode.TooManyRequests) http.Response.Headers.RetryAfter = "1";
            return Errors(fault, (fault == HttpStatusCode.TooManyRequests ? "too many requests" : "internal error", null));
        }
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync()) as JsonObject;
        }
        catch (JsonException)
        {
            return Errors(HttpStatusCode.BadRequest, ("Bad Request", null));
        }
        if (body is null) return Errors(HttpStatusCode.BadRequest, ("Bad Request", null));
        var problems = new List<(string, string?)>();
        var personalizations = body["personalizations"] as JsonArray;
        if (personalizations is null || personalizations.Count is 0 or > 1000)
            problems.Add(("The personalizations field is required and must have at least one personalization.", "personalizations"));
        else if (personalizations.Any(p => (p?["to"] as JsonArray)?.Any(t => !string.IsNullOrEmpty(t?["email"]?.GetValue<string>())) != true))
            problems.Add(("The to array is required for all personalization objects, and must have at least one email object with a valid email address.", "personalizations.0.to"));
        if (string.IsNullOrEmpty(body["from"]?["email"]?.GetValue<string>())) problems.Add(("The from object must be provided for every email send.", "from"));
        var subject = body["subject"]?.GetValue<string>();
        if (string.IsNullOrEmpty(subject)) problems.Add(("The subject is required.", "subject"));
        var html = (body["content"] as JsonArray)?.FirstOrDefault(c => c?["type"]?.GetValue<string>() == "text/html")?["value"]?.GetValue<string>();
        if (string.IsNullOrEmpty(html)) problems.Add(("Unless a valid template_id is provided, the content parameter is required.", "content"));
        if (problems.Count > 0) return Errors(HttpStatusCode.BadRequest, [.. problems]);
        foreach (var personalization in personalizations!)
            foreach (var to in (JsonArray)personalization!["to"]!)
            {
                var text = html!;
                foreach (var (key, value) in personalization["substitutions"] as JsonObject ?? [])
                    text = text.Replace(key, value?.GetValue<string>(), StringComparison.Ordinal);
                // A personalization's own subject replaces the message's (SendGrid's rule).
                Accepted.Enqueue((to!["email"]!.GetValue<string>(), personalization["subject"]?.GetValue<string>() ?? subject!, text, body));
            }
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static IResult Errors(HttpStatusCode status, params (string Message, string? Field)[] errors) =>
        Results.Json(new { errors = errors.Select(e => new { message = e.Message, field = e.Field, help = (string?)null }) }, statusCode: (int)status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
