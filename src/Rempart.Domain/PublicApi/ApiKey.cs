namespace Rempart.Domain.PublicApi;

/// <summary>
/// A key the super-admin gives to the union's website or a partner: what it may do
/// (<see cref="Scopes"/>), from which web origin a browser may use it, and whether it was revoked.
/// Only the SHA-256 of its secret is kept; the secret is shown once, when the key is made.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";

    /// <summary>The secret's first characters, to recognise a key in a list without keeping it.</summary>
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";

    /// <summary>Space-separated, from <see cref="ApiScopes"/>.</summary>
    public string Scopes { get; set; } = "";
    public string? AllowedOrigin { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }

    public bool Allows(string scope) => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal);
}

/// <summary>What a key may do.</summary>
public static class ApiScopes
{
    public const string ProgrammeRead = "programme:read";
    public const string RegistrationsWrite = "inscriptions:write";

    public static IReadOnlyList<(string Scope, string Label)> Catalogue { get; } =
    [
        (ProgrammeRead, "Lire le programme publié (sites, chantiers, sessions, places libres)"),
        (RegistrationsWrite, "Envoyer des pré-inscriptions"),
    ];

    public static bool Exists(string scope) => Catalogue.Any(s => s.Scope == scope);
}

/// <summary>What a key must be.</summary>
public static class ApiKeyRules
{
    public static Dictionary<string, string> Validate(string? name, IReadOnlyCollection<string> scopes, string? allowedOrigin)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Donnez un nom à la clé (qui l'utilise).";
        else if (name.Trim().Length > 100) errors["Name"] = "100 caractères au plus.";
        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.Exists(s))) errors["Scopes"] = "Choisissez ce que la clé permet.";
        if (!string.IsNullOrWhiteSpace(allowedOrigin)
            && !(Uri.TryCreate(allowedOrigin.Trim(), UriKind.Absolute, out var origin) && origin.Scheme is "https" or "http" && origin.AbsolutePath == "/" && string.IsNullOrEmpty(origin.Query)))
            errors["AllowedOrigin"] = "Une origine est une adresse sans chemin : https://www.rempart.com";
        return errors;
    }

    /// <summary>"https://www.rempart.com/" and "HTTPS://www.Rempart.com" are the same origin, written as browsers send it.</summary>
    public static string? NormaliseOrigin(string? origin) =>
        string.IsNullOrWhiteSpace(origin) ? null : new Uri(origin.Trim()).GetLeftPart(UriPartial.Authority).ToLowerInvariant();
}

/// <summary>
/// A write received through the API with an Idempotency-Key: its request's fingerprint and, once
/// answered, the answer, which every retry with the same key gets again instead of a second write.
/// </summary>
public sealed class ApiIdempotentRequest
{
    public Guid ApiKeyId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int? Status { get; set; }
    public string? Body { get; set; }
    public DateTime CreatedAt { get; set; }
}
