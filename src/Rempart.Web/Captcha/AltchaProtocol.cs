using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rempart.Web.Captcha;

/// <summary>An ALTCHA challenge as the widget fetches it (protocol v1, which the altcha 3.x widget accepts).</summary>
public sealed record AltchaChallenge(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("challenge")] string Challenge,
    [property: JsonPropertyName("maxnumber")] int MaxNumber,
    [property: JsonPropertyName("salt")] string Salt,
    [property: JsonPropertyName("signature")] string Signature);

/// <summary>What the widget posts back, base64-encoded JSON.</summary>
public sealed record AltchaSolution(
    [property: JsonPropertyName("algorithm")] string? Algorithm,
    [property: JsonPropertyName("challenge")] string? Challenge,
    [property: JsonPropertyName("number")] long Number,
    [property: JsonPropertyName("salt")] string? Salt,
    [property: JsonPropertyName("signature")] string? Signature);

/// <summary>
/// The ALTCHA proof of work, server side: the challenge is SHA-256(salt + secret number), signed
/// with our HMAC key; the salt carries its expiry ("?expires=unix seconds"), so the signature covers
/// it. The browser finds the number by trying them all; we check the answer in one hash.
/// </summary>
public static class AltchaProtocol
{
    public const string Algorithm = "SHA-256";

    public static AltchaChallenge Create(byte[] key, int maxNumber, DateTimeOffset expiresAt)
    {
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "?expires=" + expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var number = RandomNumberGenerator.GetInt32(0, maxNumber + 1);
        var challenge = Hash(salt, number);
        return new AltchaChallenge(Algorithm, challenge, maxNumber, salt, Sign(key, challenge));
    }

    /// <summary>The solution's challenge and expiry when it is genuine and unexpired; null otherwise. Replays are the caller's to refuse.</summary>
    public static (string Challenge, DateTimeOffset ExpiresAt)? Verify(byte[] key, string? payload, DateTimeOffset now)
    {
        var solution = Decode(payload);
        if (solution is not { Algorithm: Algorithm, Challenge: { } challenge, Salt: { } salt, Signature: { } signature }) return null;
        if (solution.Number < 0 || ExpiryOf(salt) is not { } expiresAt || expiresAt <= now) return null;
        if (!SameHex(challenge, Hash(salt, solution.Number))) return null;
        if (!SameHex(signature, Sign(key, challenge))) return null;
        return (challenge.ToLowerInvariant(), expiresAt);
    }

    private static AltchaSolution? Decode(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload) || payload.Length > 4096) return null;
        try
        {
            return JsonSerializer.Deserialize<AltchaSolution>(Convert.FromBase64String(payload.Trim()));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static DateTimeOffset? ExpiryOf(string salt)
    {
        var query = salt.IndexOf('?', StringComparison.Ordinal) is var i and >= 0 ? salt[(i + 1)..] : "";
        foreach (var part in query.Split('&'))
            if (part.StartsWith("expires=", StringComparison.Ordinal) && long.TryParse(part[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
        return null;
    }

    private static string Hash(string salt, long number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + number.ToString(CultureInfo.InvariantCulture))));

    private static string Sign(byte[] key, string challenge) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(challenge)));

    private static bool SameHex(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a.ToLowerInvariant()), Encoding.ASCII.GetBytes(b));
}
