using System.Security.Cryptography;
using System.Text;

namespace Rempart.Domain.Website;

/// <summary>The events a webhook consumer can subscribe to.</summary>
public static class WebhookEvents
{
    public const string SessionPublished = "session.publiee";
    public const string SessionChanged = "session.modifiee";
    public const string SessionAvailabilityChanged = "session.disponibilite";
    public const string SessionUnpublished = "session.retiree";

    public static readonly IReadOnlyList<(string Event, string Label)> Catalogue =
    [
        (SessionPublished, "Session publiée"),
        (SessionChanged, "Session modifiée"),
        (SessionAvailabilityChanged, "Places libres ou ouverture des inscriptions changées"),
        (SessionUnpublished, "Session retirée du programme"),
    ];
}

/// <summary>A consumer of the programme's events: where to post them, which ones, and the secret they are signed with.</summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>Space-separated event names.</summary>
    public string Events { get; set; } = "";

    /// <summary>The shared secret of the signature. Kept readable (Rempart must sign with it), shown once to the administrator.</summary>
    public string Secret { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? DisabledAt { get; set; }

    public bool Wants(string eventName) => DisabledAt is null && Events.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(eventName);
}

public enum WebhookDeliveryState
{
    Pending,
    Delivered,

    /// <summary>Given up after <see cref="WebhookRules.MaximumAttempts"/> attempts.</summary>
    Abandoned,
}

/// <summary>One event for one subscription: its body is fixed when the event happens, so every retry sends the same bytes.</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SubscriptionId { get; set; }
    public string Event { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public WebhookDeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public int? LastStatus { get; set; }
    public string? LastError { get; set; }
}

public static class WebhookRules
{
    /// <summary>About two days of retries with <see cref="WebsiteRules.RetryDelay"/>.</summary>
    public const int MaximumAttempts = 12;

    public static Dictionary<string, string> Validate(string name, string url, IReadOnlyCollection<string> events)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Donnez un nom à cet abonnement (qui le reçoit).";
        else if (name.Trim().Length > 100) errors["Name"] = "100 caractères au plus.";
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.UserInfo))
            errors["Url"] = "Indiquez une adresse web complète, par exemple https://partenaire.fr/rempart/webhook.";
        else if (url!.Trim().Length > 500) errors["Url"] = "500 caractères au plus.";
        if (events.Count == 0) errors["Events"] = "Choisissez au moins un événement.";
        else if (events.Any(e => WebhookEvents.Catalogue.All(c => c.Event != e))) errors["Events"] = "Événement inconnu.";
        return errors;
    }
}

/// <summary>
/// The signature of a delivery, as the receiver checks it: <c>Rempart-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>
/// where hex is HMAC-SHA256 with the subscription's secret of "t.body". The time is signed too, so a
/// receiver can refuse an old delivery replayed by someone who captured it.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Rempart-Signature";

    public static string Sign(string secret, long unixSeconds, string body) =>
        $"t={unixSeconds},v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{body}")))}";

    /// <summary>Checks a header against the body, in constant time, refusing a time further than <paramref name="tolerance"/> from now.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        if (!parts.TryGetValue("t", out var t) || !long.TryParse(t, out var seconds) || !parts.TryGetValue("v1", out var given)) return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > tolerance.TotalSeconds) return false;
        var expected = Sign(secret, seconds, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes($"t={t},v1={given}"));
    }
}
