using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.PublicApi;

namespace Rempart.Data.PublicApi;

/// <summary>
/// The API keys: made and revoked by the super-admin (users.manage), found by the SHA-256 of the
/// secret a request carries. A key is 32 random bytes; only its hash and first characters are kept.
/// </summary>
public sealed class ApiKeys(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public const string SecretPrefix = "rk_";

    public async Task<(ApiKey? Key, string? Secret, IReadOnlyDictionary<string, string> Errors)> CreateAsync(
        string? name, IReadOnlyCollection<string> scopes, string? allowedOrigin, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return (null, null, new Dictionary<string, string> { [""] = "Vous ne pouvez pas gérer les clés d'API." });
        var errors = ApiKeyRules.Validate(name, scopes, allowedOrigin);
        if (errors.Count > 0) return (null, null, errors);
        var secret = SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name!.Trim(), Prefix = secret[..10], Hash = HashOf(secret), Scopes = string.Join(' ', scopes.Distinct()),
            AllowedOrigin = ApiKeyRules.NormaliseOrigin(allowedOrigin), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = actor.Name,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        db.AuditEntries.Add(ActorAudit.Of(actor, AuditEvent.ApiKeyCreated, $"Clé d'API « {key.Name} » ({key.Prefix}…, {key.Scopes})", key.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret, new Dictionary<string, string>());
    }

    public async Task<string?> RevokeAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return "Vous ne pouvez pas gérer les clés d'API.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.RevokedAt == null, cancellationToken);
        if (key is null) return "Cette clé n'existe pas ou est déjà révoquée.";
        key.RevokedAt = now;
        db.AuditEntries.Add(ActorAudit.Of(actor, AuditEvent.ApiKeyRevoked, $"Clé d'API « {key.Name} » ({key.Prefix}…)", now));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.OrderByDescending(k => k.CreatedAt).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>The key a secret belongs to, if it is still valid.</summary>
    public async Task<ApiKey?> FindAsync(string? secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100 || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal)) return null;
        var hash = HashOf(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
    }

    private static string HashOf(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
