using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;

namespace Rempart.Web.PublicApi;

/// <summary>
/// Answers browsers' preflight requests to the public API: an origin is allowed when an active key
/// names it. Each request is then checked against its own key's origin (<see cref="ApiKeyFilter"/>).
/// </summary>
public sealed class ApiKeyCorsPolicyProvider(IDbContextFactory<RempartDbContext> contexts) : ICorsPolicyProvider
{
    public const string Policy = "api-cles";

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != Policy) return null;
        await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        var origins = await db.ApiKeys.Where(k => k.RevokedAt == null && k.AllowedOrigin != null).Select(k => k.AllowedOrigin!).Distinct().ToArrayAsync(context.RequestAborted);
        var builder = new CorsPolicyBuilder().WithMethods("GET", "POST").WithHeaders(ApiKeyFilter.Header, "Idempotency-Key", "Content-Type", "If-None-Match")
            .WithExposedHeaders("ETag", "Retry-After").SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        return (origins.Length > 0 ? builder.WithOrigins(origins) : builder).Build();
    }
}
