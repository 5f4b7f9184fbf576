using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Rempart.Web.Payments.Mollie;

/// <summary>
/// A typed client for Mollie's REST API v2: create and get payments, create and list refunds. Each
/// call has a timeout and is retried with growing delays after a timeout, a network error, a 5xx or
/// a 429 (Polly.Core). Creations are retried too, always with the same <c>Idempotency-Key</c>: if
/// Mollie accepted the first attempt and only its answer was lost, the retry returns that payment
/// instead of making a second one. Errors become <see cref="MollieException"/> with a French message.
/// </summary>
public sealed class MollieClient
{
    private readonly HttpClient http;
    private readonly ILogger<MollieClient> logger;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public MollieClient(HttpClient http, IOptions<MollieOptions> options, ILogger<MollieClient> logger)
    {
        this.http = http;
        this.logger = logger;
        var settings = options.Value;
        http.BaseAddress = new Uri(settings.BaseUrl.EndsWith('/') ? settings.BaseUrl : settings.BaseUrl + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        // Polly's timeout bounds each attempt; the HttpClient's own stays out of the way.
        http.Timeout = Timeout.InfiniteTimeSpan;
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, settings.Retries),
                Delay = TimeSpan.FromMilliseconds(settings.RetryDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                OnRetry = attempt =>
                {
                    logger.LogWarning("Mollie call retried ({Attempt}) after {Outcome}", attempt.AttemptNumber + 1,
                        attempt.Outcome.Exception?.GetType().Name ?? ((int?)attempt.Outcome.Result?.StatusCode)?.ToString());
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds))
            .Build();
    }

    public Task<MolliePayment> CreatePaymentAsync(MolliePaymentRequest request, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<MolliePayment>(() => Post("payments", request, idempotencyKey), cancellationToken);

    public Task<MolliePayment> GetPaymentAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync<MolliePayment>(() => new HttpRequestMessage(HttpMethod.Get, $"payments/{Uri.EscapeDataString(id)}"), cancellationToken);

    public Task<MollieRefund> CreateRefundAsync(string paymentId, MollieRefundRequest request, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<MollieRefund>(() => Post($"payments/{Uri.EscapeDataString(paymentId)}/refunds", request, idempotencyKey), cancellationToken);

    public async Task<IReadOnlyList<MollieRefund>> ListRefundsAsync(string paymentId, CancellationToken cancellationToken = default) =>
        (await SendAsync<MollieRefundList>(() => new HttpRequestMessage(HttpMethod.Get, $"payments/{Uri.EscapeDataString(paymentId)}/refunds"), cancellationToken))
        .Embedded?.Refunds ?? [];

    private static HttpRequestMessage Post<T>(string path, T body, string idempotencyKey)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        message.Headers.Add("Idempotency-Key", idempotencyKey);
        return message;
    }

    private async Task<T> SendAsync<T>(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            // A request message is sent once: each attempt builds its own (same body, same key).
            response = await pipeline.ExecuteAsync(async token => await http.SendAsync(request(), token), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            logger.LogError(exception, "Mollie could not be reached");
            throw new MollieException("Le service de paiement ne répond pas pour le moment. Réessayez dans quelques minutes.", null, exception.Message, exception);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
                return await response.Content.ReadFromJsonAsync<T>(cancellationToken) ?? throw new MollieException("Réponse vide du service de paiement.", (int)response.StatusCode, null);
            MollieError? error = null;
            try
            {
                error = await response.Content.ReadFromJsonAsync<MollieError>(cancellationToken);
            }
            catch (System.Text.Json.JsonException)
            {
                // Not Mollie's error shape (a proxy's page): the status alone says enough.
            }
            var status = (int)response.StatusCode;
            logger.LogError("Mollie answered {Status}: {Title} {Detail}", status, error?.Title, error?.Detail);
            throw new MollieException(Message(status, error), status, error?.Detail);
        }
    }

    private static string Message(int status, MollieError? error) => status switch
    {
        401 => "Le service de paiement refuse la clé d'API configurée : prévenez l'administrateur.",
        404 => "Ce paiement est inconnu du service de paiement.",
        422 => $"Le service de paiement refuse la demande{(error?.Field is { } field ? $" (champ « {field} »)" : "")}.",
        429 => "Le service de paiement est très sollicité. Réessayez dans quelques minutes.",
        >= 500 => "Le service de paiement ne répond pas pour le moment. Réessayez dans quelques minutes.",
        _ => $"Le service de paiement a refusé la demande (erreur {status}).",
    };
}
