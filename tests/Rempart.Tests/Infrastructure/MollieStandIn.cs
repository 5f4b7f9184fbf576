using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rempart.Tests.Infrastructure;

/// <summary>
/// A stand-in for Mollie's REST API v2, on a loopback port, speaking its documented JSON: create
/// and get payments (with <c>Idempotency-Key</c>: the same key and body give the same payment, another
/// body a 422), create and list refunds, errors as application/hal+json, a 401 for a key that is not
/// "test_..." or "live_...". Tests steer it: make a payment paid, failed, expired or canceled, call
/// the webhook (as Mollie does: a form post of <c>id</c> only), answer the next calls with a 5xx or a
/// 429, delay them, or accept a creation and answer too late. A checkout page lets a browser pay.
/// Redirect and webhook addresses are sent to <see cref="AppBaseAddress"/> (the app under test learns
/// its port only once started, after its public address was configured).
/// </summary>
public sealed class MollieStandIn : IAsyncDisposable
{
    public const string ApiKey = "test_RempartStandInKey0123456789abcd";
    private static readonly Lazy<Task<MollieStandIn>> shared = new(StartAsync);
    private static readonly HttpClient webhookClient = new();

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, StoredPayment> payments = new();
    private readonly ConcurrentDictionary<string, (string BodyHash, string PaymentId)> idempotency = new();
    private readonly ConcurrentQueue<Fault> faults = new();
    private int created;

    private MollieStandIn(WebApplication app) => this.app = app;

    public static Task<MollieStandIn> SharedAsync() => shared.Value;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the app under test listens: redirects and webhooks go there.</summary>
    public Uri? AppBaseAddress { get; set; }

    /// <summary>How many payments were really created (replayed creations do not count).</summary>
    public int Created => created;

    /// <summary>Settings for an app or a client using this stand-in: short timeouts and delays, so failures are quick.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Mollie:ApiKey"] = ApiKey, ["Mollie:BaseUrl"] = BaseUrl, ["Mollie:TimeoutSeconds"] = "2",
        ["Mollie:Retries"] = "3", ["Mollie:RetryDelayMilliseconds"] = "50",
    };

    public static async Task<MollieStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new MollieStandIn(app);
        standIn.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = $"{address}/v2/";
        return standIn;
    }

    // ---- What tests do -------------------------------------------------------------------------

    /// <summary>The next <paramref name="count"/> API calls answer <paramref name="status"/> (500, 503, 429...).</summary>
    public void FailNext(int count, HttpStatusCode status)
    {
        for (var i = 0; i < count; i++) faults.Enqueue(new Fault(status, TimeSpan.Zero, false));
    }

    /// <summary>The next API call waits <paramref name="delay"/> before being handled.</summary>
    public void DelayNext(TimeSpan delay) => faults.Enqueue(new Fault(null, delay, false));

    /// <summary>The next API call is handled (a creation is made) but its answer comes after <paramref name="delay"/>, too late for a client's timeout.</summary>
    public void AnswerTooLateNext(TimeSpan delay) => faults.Enqueue(new Fault(null, delay, true));

    public void ClearFaults() => faults.Clear();

    public JsonObject Payment(string id) => payments[id].ToJson(BaseUrl);

    public IReadOnlyList<string> PaymentsWithMetadata(string key, string value) =>
        payments.Values.Where(p => p.Metadata?[key]?.GetValue<string>() == value).Select(p => p.Id).ToList();

    /// <summary>Moves a payment as the payer or the bank would: paid, failed, expired or canceled.</summary>
    public void SetStatus(string id, string status)
    {
        var payment = payments[id];
        lock (payment)
        {
            payment.Status = status;
            if (status == "paid") payment.PaidAt = DateTimeOffset.UtcNow;
        }
    }

    public void SetRefundStatus(string paymentId, string refundId, string status)
    {
        var payment = payments[paymentId];
        lock (payment) payment.Refunds.First(r => r.Id == refundId).Status = status;
    }

    /// <summary>Posts the webhook as Mollie does (form field id only); returns the app's status code.</summary>
    public async Task<HttpStatusCode> CallWebhookAsync(string id)
    {
        var target = Rebase(payments[id].WebhookUrl ?? throw new InvalidOperationException("No webhook URL given"));
        using var response = await webhookClient.PostAsync(target, new FormUrlEncodedContent([new("id", id)]));
        return response.StatusCode;
    }

    /// <summary>Posts the webhook for any id, known here or not.</summary>
    public async Task<HttpStatusCode> CallWebhookAsync(Uri webhook, string id)
    {
        using var response = await webhookClient.PostAsync(webhook, new FormUrlEncodedContent([new("id", id)]));
        return response.StatusCode;
    }

    // ---- The API ------------------------------------------------------------------------------

    private void Map(WebApplication web)
    {
        web.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/v2")) { await next(); return; }
            if (!faults.TryDequeue(out var fault)) { await next(); return; }
            if (fault.Status is { } status)
            {
                await Error(context, (int)status, status == HttpStatusCode.TooManyRequests ? "Too Many Requests" : "Service Unavailable", "The stand-in was told to fail this call.");
                return;
            }
            if (!fault.AnswerLate) await Task.Delay(fault.Delay);
            // Handled now, answered late: the client gives up waiting, the creation stays made.
            var body = new MemoryStream();
            var original = context.Response.Body;
            context.Response.Body = body;
            await next();
            await Task.Delay(fault.Delay);
            body.Position = 0;
            context.Response.Body = original;
            try { await body.CopyToAsync(original); }
            catch (Exception exception) when (exception is IOException or OperationCanceledException) { }
        });
        web.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/v2")) { await next(); return; }
            var authorization = context.Request.Headers.Authorization.ToString();
            if (!Regex.IsMatch(authorization, "^Bearer (test|live)_[A-Za-z0-9]{30,}$"))
            {
                await Error(context, 401, "Unauthorized Request", "Missing authentication, or failed to authenticate");
                return;
            }
            await next();
        });

        web.MapPost("/v2/payments", CreatePaymentAsync);
        web.MapGet("/v2/payments/{id}", (HttpContext context, string id) =>
            payments.TryGetValue(id, out var payment) ? Json(context, 200, payment.ToJson(BaseUrl)) : Error(context, 404, "Not Found", $"No payment exists with token {id}."));
        web.MapPost("/v2/payments/{id}/refunds", CreateRefundAsync);
        web.MapGet("/v2/payments/{id}/refunds", (HttpContext context, string id) =>
        {
            if (!payments.TryGetValue(id, out var payment)) return Error(context, 404, "Not Found", $"No payment exists with token {id}.");
            JsonArray list;
            lock (payment) list = new JsonArray([.. payment.Refunds.Select(r => (JsonNode)r.ToJson(id))]);
            return Json(context, 200, new JsonObject { ["count"] = list.Count, ["_embedded"] = new JsonObject { ["refunds"] = list } });
        });

        web.MapGet("/checkout/{id}", (HttpContext context, string id) =>
        {
            if (!payments.TryGetValue(id, out var payment)) return Results.NotFound();
            var html = $"""
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Mollie (stand-in) – paiement</title></head>
                <body><main><h1>Paiement de {payment.Amount["value"]} €</h1><p>{WebUtility.HtmlEncode(payment.Description)}</p>
                <form method="post"><button name="status" value="paid">Payer</button> <button name="status" value="failed">Échec</button>
                <button name="status" value="canceled">Annuler</button> <button name="status" value="expired">Expirer</button></form></main></body></html>
                """;
            return Results.Content(html, "text/html; charset=utf-8");
        });
        web.MapPost("/checkout/{id}", async (HttpContext context, string id) =>
        {
            if (!payments.TryGetValue(id, out var payment)) return Results.NotFound();
            var form = await context.Request.ReadFormAsync();
            SetStatus(id, form["status"].ToString());
            // Mollie calls the webhook on its own, around the time the payer comes back.
            _ = Task.Run(async () =>
            {
                try { await CallWebhookAsync(id); }
                catch (HttpRequestException) { }
            });
            return Results.Redirect(Rebase(payment.RedirectUrl));
        }).DisableAntiforgery();
    }

    private async Task CreatePaymentAsync(HttpContext context)
    {
        var raw = await new StreamReader(context.Request.Body).ReadToEndAsync();
        JsonObject? body;
        try { body = JsonNode.Parse(raw) as JsonObject; }
        catch (JsonException) { body = null; }
        if (body is null) { await Error(context, 400, "Bad Request", "The request body is not valid JSON."); return; }
        if (Invalid(body) is { } invalid) { await Error(context, 422, "Unprocessable Entity", invalid.Detail, invalid.Field); return; }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
        var payment = new StoredPayment($"tr_{Guid.NewGuid():N}"[..13], body);
        if (key.Length > 0)
        {
            var entry = idempotency.GetOrAdd(key, (hash, payment.Id));
            if (entry.BodyHash != hash)
            {
                await Error(context, 422, "Unprocessable Entity", "The idempotency key was used before with different parameters.");
                return;
            }
            if (entry.PaymentId != payment.Id)
            {
                // The same request again: the payment made the first time, as it was then answered.
                await Json(context, 201, payments[entry.PaymentId].ToJson(BaseUrl));
                return;
            }
        }
        payments[payment.Id] = payment;
        Interlocked.Increment(ref created);
        await Json(context, 201, payment.ToJson(BaseUrl));
    }

    private async Task CreateRefundAsync(HttpContext context, string id)
    {
        if (!payments.TryGetValue(id, out var payment)) { await Error(context, 404, "Not Found", $"No payment exists with token {id}."); return; }
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        var value = body?["amount"]?["value"]?.GetValue<string>();
        if (value is null || !Regex.IsMatch(value, @"^\d+\.\d{2}$")) { await Error(context, 422, "Unprocessable Entity", "The amount is invalid.", "amount.value"); return; }
        var amount = decimal.Parse(value, CultureInfo.InvariantCulture);
        JsonObject json;
        lock (payment)
        {
            if (payment.Status != "paid") json = new JsonObject { ["error"] = "The payment is not paid." };
            else if (amount > payment.Value - payment.Refunded) json = new JsonObject { ["error"] = "The amount is higher than the amount remaining." };
            else
            {
                var refund = new StoredRefund($"re_{Guid.NewGuid():N}"[..13], amount, body?["description"]?.GetValue<string>() ?? "");
                payment.Refunds.Add(refund);
                json = refund.ToJson(id);
            }
        }
        if (json["error"] is { } error) await Error(context, 422, "Unprocessable Entity", error.GetValue<string>(), "amount");
        else await Json(context, 201, json);
    }

    private static (string Detail, string Field)? Invalid(JsonObject body)
    {
        if (body["amount"]?["currency"]?.GetValue<string>() is not "EUR") return ("The currency is not supported.", "amount.currency");
        var value = body["amount"]?["value"]?.GetValue<string>();
        if (value is null || !Regex.IsMatch(value, @"^\d+\.\d{2}$")) return ("The amount contains an invalid value.", "amount.value");
        if (decimal.Parse(value, CultureInfo.InvariantCulture) < 0.01m) return ("The amount is lower than the minimum.", "amount");
        if (string.IsNullOrWhiteSpace(body["description"]?.GetValue<string>())) return ("The description is invalid.", "description");
        if (!Uri.TryCreate(body["redirectUrl"]?.GetValue<string>(), UriKind.Absolute, out _)) return ("The redirect URL is invalid.", "redirectUrl");
        return null;
    }

    private string Rebase(string url)
    {
        if (AppBaseAddress is null) return url;
        var original = new Uri(url);
        return new Uri(AppBaseAddress, original.PathAndQuery).ToString();
    }

    private static Task Json(HttpContext context, int status, JsonObject json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/hal+json";
        return context.Response.WriteAsync(json.ToJsonString());
    }

    private static Task Error(HttpContext context, int status, string title, string detail, string? field = null)
    {
        var json = new JsonObject
        {
            ["status"] = status, ["title"] = title, ["detail"] = detail,
            ["_links"] = new JsonObject { ["documentation"] = new JsonObject { ["href"] = "https://docs.mollie.com/overview/handling-errors", ["type"] = "text/html" } },
        };
        if (field is not null) json["field"] = field;
        return Json(context, status, json);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed record Fault(HttpStatusCode? Status, TimeSpan Delay, bool AnswerLate);

    private sealed class StoredPayment(string id, JsonObject request)
    {
        public string Id { get; } = id;
        public JsonObject Amount { get; } = (JsonObject)request["amount"]!.DeepClone();
        public decimal Value => decimal.Parse(Amount["value"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        public string Description { get; } = request["description"]!.GetValue<string>();
        public string RedirectUrl { get; } = request["redirectUrl"]!.GetValue<string>();
        public string? WebhookUrl { get; } = request["webhookUrl"]?.GetValue<string>();
        public JsonObject? Metadata { get; } = request["metadata"]?.DeepClone() as JsonObject;
        public DateTimeOffset CreatedAt { get; } = DateTimeOffset.UtcNow;
        public string Status { get; set; } = "open";
        public DateTimeOffset? PaidAt { get; set; }
        public List<StoredRefund> Refunds { get; } = [];
        public decimal Refunded => Refunds.Where(r => r.Status is not ("failed" or "canceled")).Sum(r => r.Amount);

        public JsonObject ToJson(string baseUrl)
        {
            lock (this)
            {
                var links = new JsonObject { ["self"] = new JsonObject { ["href"] = $"{baseUrl}payments/{Id}", ["type"] = "application/hal+json" } };
                if (Status == "open") links["checkout"] = new JsonObject { ["href"] = $"{baseUrl.Replace("/v2/", "/", StringComparison.Ordinal)}checkout/{Id}", ["type"] = "text/html" };
                var json = new JsonObject
                {
                    ["resource"] = "payment", ["id"] = Id, ["mode"] = "test", ["createdAt"] = CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss+00:00", CultureInfo.InvariantCulture),
                    ["amount"] = Amount.DeepClone(), ["description"] = Description, ["method"] = null, ["metadata"] = Metadata?.DeepClone(),
                    ["status"] = Status, ["isCancelable"] = false, ["profileId"] = "pfl_StandIn", ["sequenceType"] = "oneoff",
                    ["redirectUrl"] = RedirectUrl, ["webhookUrl"] = WebhookUrl, ["_links"] = links,
                };
                if (PaidAt is { } paid)
                {
                    json["paidAt"] = paid.ToString("yyyy-MM-ddTHH:mm:ss+00:00", CultureInfo.InvariantCulture);
                    json["amountRefunded"] = new JsonObject { ["currency"] = "EUR", ["value"] = Refunded.ToString("0.00", CultureInfo.InvariantCulture) };
                    json["amountRemaining"] = new JsonObject { ["currency"] = "EUR", ["value"] = (Value - Refunded).ToString("0.00", CultureInfo.InvariantCulture) };
                }
                return json;
            }
        }
    }

    private sealed class StoredRefund(string id, decimal amount, string description)
    {
        public string Id { get; } = id;
        public decimal Amount { get; } = amount;
        public string Description { get; } = description;
        public string Status { get; set; } = "pending";

        public JsonObject ToJson(string paymentId) => new()
        {
            ["resource"] = "refund", ["id"] = Id, ["paymentId"] = paymentId, ["status"] = Status, ["description"] = Description,
            ["amount"] = new JsonObject { ["currency"] = "EUR", ["value"] = Amount.ToString("0.00", CultureInfo.InvariantCulture) },
        };
    }
}
