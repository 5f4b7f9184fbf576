using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Rempart.Web.Mail.SendGrid;

/// <summary>One address in SendGrid's v3 body.</summary>
public sealed record SendGridAddress([property: JsonPropertyName("email")] string Email, [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null);

/// <summary>One recipient of a send, with the values that differ for them (SendGrid's "substitutions", a subject of their own).</summary>
public sealed record SendGridPersonalization(
    [property: JsonPropertyName("to")] IReadOnlyList<SendGridAddress> To,
    [property: JsonPropertyName("substitutions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Substitutions = null,
    [property: JsonPropertyName("headers"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Headers = null,
    [property: JsonPropertyName("subject"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject = null);

/// <summary>The body of <c>POST /v3/mail/send</c>.</summary>
public sealed record SendGridMessage(
    [property: JsonPropertyName("personalizations")] IReadOnlyList<SendGridPersonalization> Personalizations,
    [property: JsonPropertyName("from")] SendGridAddress From,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("content")] IReadOnlyList<SendGridContent> Content);

public sealed record SendGridContent([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("value")] string Value);

/// <summary>SendGrid refused a message, or could not be reached; the message is in French, SendGrid's own reasons follow.</summary>
public sealed class SendGridException(string message, HttpStatusCode? status = null) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;
}

/// <summary>
/// SendGrid's v3 mail API over HttpClient (its SDK does not restore here): <c>POST /v3/mail/send</c>
/// with the API key as a bearer token; 202 means accepted. A 429 (after its Retry-After) or a 5xx
/// says the message was not taken, so it is sent again, with growing delays. A timeout is not
/// retried: SendGrid may have taken the message, and a volunteer must not get it twice. Up to 1,000
/// personalizations go in one request (SendGrid's limit), each with its own substitutions.
/// </summary>
public sealed class SendGridClient
{
    public const int MaximumPersonalizations = 1000;

    private readonly HttpClient http;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public SendGridClient(HttpClient http, IOptions<MailOptions> options, ILogger<SendGridClient> logger)
    {
        this.http = http;
        var settings = options.Value;
        http.BaseAddress = new Uri(settings.SendGridBaseUrl.EndsWith('/') ? settings.SendGridBaseUrl : settings.SendGridBaseUrl + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.SendGridApiKey);
        http.Timeout = Timeout.InfiniteTimeSpan;
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromMilliseconds(settings.SendGridRetryDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                // SendGrid says when to come back after a 429; otherwise the growing delay.
                DelayGenerator = attempt => ValueTask.FromResult(
                    attempt.Outcome.Result?.Headers.RetryAfter?.Delta is { } after && after < TimeSpan.FromMinutes(1) ? (TimeSpan?)after : null),
                OnRetry = attempt =>
                {
                    logger.LogWarning("SendGrid call retried ({Attempt}) after {Status}", attempt.AttemptNumber + 1, (int?)attempt.Outcome.Result?.StatusCode);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(30))
            .Build();
    }

    public async Task SendAsync(SendGridMessage message, CancellationToken cancellationToken = default)
    {
        if (message.Personalizations.Count is 0 or > MaximumPersonalizations)
            throw new ArgumentException($"Between 1 and {MaximumPersonalizations} personalizations per request.", nameof(message));
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(async token => await http.PostAsync("v3/mail/send", JsonContent.Create(message), token), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            throw new SendGridException("SendGrid ne répond pas : le message n'a peut-être pas été envoyé.");
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Accepted || response.IsSuccessStatusCode) return;
            var reasons = await ReasonsAsync(response, cancellationToken);
            throw new SendGridException(response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "SendGrid refuse la clé d'API configurée (Mail:SendGridApiKey).",
                HttpStatusCode.TooManyRequests => "SendGrid limite les envois en ce moment : réessayez plus tard.",
                HttpStatusCode.RequestEntityTooLarge => "Le message est trop lourd pour SendGrid.",
                _ when (int)response.StatusCode >= 500 => "SendGrid est indisponible : réessayez plus tard.",
                _ => "SendGrid a refusé le message.",
            } + (reasons.Length > 0 ? $" ({reasons})" : ""), response.StatusCode);
        }
    }

    private static async Task<string> ReasonsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? string.Join(" ; ", errors.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null).OfType<string>())
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
