using System.Text;
using Rempart.Data.Website;
using Rempart.Domain.Website;

namespace Rempart.Web.Website;

/// <summary>
/// Posts the due webhook deliveries, each signed (<see cref="WebhookSignature"/>) with its
/// subscription's secret, with its event and delivery id in headers. A 2xx answer delivers it;
/// anything else (an error status, a timeout, a refused connection, a redirect, which is not
/// followed) is retried later with growing delays, and given up after a dozen tries.
/// </summary>
public sealed class DeliverWebhooks(IHttpClientFactory clients, WebhookOutbox outbox, TimeProvider clock, ILogger<DeliverWebhooks> logger)
{
    public const string ClientName = "webhooks";

    public async Task<(int Delivered, int Failed)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        int delivered = 0, failed = 0;
        var http = clients.CreateClient(ClientName);
        foreach (var delivery in await outbox.ClaimDueAsync(100, cancellationToken))
        {
            var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Rempart-Event", delivery.Event);
            request.Headers.Add("Rempart-Delivery", delivery.Id.ToString());
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(delivery.Secret, clock.GetUtcNow().ToUnixTimeSeconds(), delivery.Body));
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    await outbox.DeliveredAsync(delivery.Id, (int)response.StatusCode, cancellationToken);
                    delivered++;
                    continue;
                }
                await outbox.FailedAsync(delivery.Id, (int)response.StatusCode, $"Le destinataire a répondu {(int)response.StatusCode} {response.ReasonPhrase}.", cancellationToken);
            }
            catch (HttpRequestException e)
            {
                await outbox.FailedAsync(delivery.Id, null, $"Destinataire injoignable : {e.Message}", cancellationToken);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await outbox.FailedAsync(delivery.Id, null, $"Pas de réponse dans les {http.Timeout.TotalSeconds:0} secondes.", cancellationToken);
            }
            logger.LogWarning("Webhook delivery {Id} ({Event}) to {Url} failed", delivery.Id, delivery.Event, delivery.Url);
            failed++;
        }
        return (delivered, failed);
    }
}
