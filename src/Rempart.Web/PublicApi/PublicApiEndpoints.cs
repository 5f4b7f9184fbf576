using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Rempart.Data.PublicApi;
using Rempart.Domain.Programming;
using Rempart.Domain.PublicApi;

namespace Rempart.Web.PublicApi;

/// <summary>
/// The public API for the union's website and partners (<c>/api/v1</c>): the published programme,
/// by key, rate-limited per key, with ETags, described at <c>/openapi/v1.json</c>.
/// </summary>
public static class PublicApiEndpoints
{
    public const string RateLimitPolicy = "api-par-cle";

    public static IServiceCollection AddRempartPublicApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicApiOptions>(configuration.GetSection(PublicApiOptions.Section));
        services.AddTransient<PreRegisterThroughApi>();
        services.AddCors();
        services.AddTransient<ICorsPolicyProvider, ApiKeyCorsPolicyProvider>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Rempart — API publique";
            document.Info.Version = "v1";
            document.Info.Description = "Le programme publié de l'Union (sites, chantiers, sessions, places libres) pour son site web et ses partenaires. " +
                "Chaque requête porte la clé donnée par l'Union dans l'en-tête X-Api-Key. Les erreurs sont des « problem details » (RFC 9457) en français.";
            return Task.CompletedTask;
        }));
        var perMinute = configuration.GetSection(PublicApiOptions.Section).Get<PublicApiOptions>()?.RequestsPerMinute ?? new PublicApiOptions().RequestsPerMinute;
        services.AddRateLimiter(options =>
        {
            // Counted per key (the header's value, hashed), before the key is even looked up: a flood of wrong keys is limited too.
            options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(http.Request.Headers[ApiKeyFilter.Header].ToString()))),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await ApiProblems.Of(StatusCodes.Status429TooManyRequests, "trop-de-requetes", "Trop de requêtes",
                    $"Cette clé a droit à {perMinute} requêtes par minute ; réessayez après le délai indiqué par Retry-After.").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    public const string DocumentationPath = "api/documentation";

    /// <summary>The developers' page (Swagger UI, served from the package, no CDN), reading /openapi/v1.json.</summary>
    public static WebApplication UsePublicApiDocumentation(this WebApplication app)
    {
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = DocumentationPath;
            options.SwaggerEndpoint("/openapi/v1.json", "Rempart — API publique v1");
            options.DocumentTitle = "Rempart — API publique";
        });
        return app;
    }

    public static IEndpointRouteBuilder MapPublicApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        var programme = endpoints.MapGroup("/api/v1").WithTags("Programme")
            .AddEndpointFilter(new ApiKeyFilter(ApiScopes.ProgrammeRead))
            .RequireRateLimiting(RateLimitPolicy)
            .RequireCors(ApiKeyCorsPolicyProvider.Policy);

        programme.MapGet("/sessions", async (HttpContext http, ReadPublicSessions read, CancellationToken cancellationToken,
            string? du = null, string? au = null, string? region = null, string? technique = null, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "public")] string? public_ = null,
            [Microsoft.AspNetCore.Mvc.FromQuery(Name = "places_libres")] bool? placesLibres = null, int? page = null, int? taille = null, string? tri = null) =>
        {
            var errors = new Dictionary<string, string[]>();
            DateOnly? from = Date(du, "du", errors), to = Date(au, "au", errors);
            Audience? audience = null;
            if (!string.IsNullOrEmpty(public_))
            {
                if (Enum.TryParse<Audience>(public_, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) audience = parsed;
                else errors["public"] = [$"« {public_} » n'est pas un public connu ({string.Join(", ", Enum.GetNames<Audience>())})."];
            }
            if (tri is not null && tri is not ("debut" or "-debut" or "titre" or "-titre")) errors["tri"] = ["Le tri est debut, -debut, titre ou -titre."];
            if (page is < 1) errors["page"] = ["Les pages commencent à 1."];
            if (taille is < 1 or > ReadPublicSessions.MaximumPageSize) errors["taille"] = [$"Entre 1 et {ReadPublicSessions.MaximumPageSize} résultats par page."];
            if (from > to) errors["au"] = ["La fin de la période est avant son début."];
            if (errors.Count > 0) return ApiProblems.Of(StatusCodes.Status400BadRequest, "parametres", "Paramètres invalides", null, errors);
            var result = await read.ExecuteAsync(new PublicSessionQuery(from, to, region, technique, audience, placesLibres ?? false, page ?? 1, taille ?? 20, tri ?? "debut"), cancellationToken);
            return Tagged(http, result);
        })
        .WithName("ListSessions").WithSummary("Les sessions publiées, filtrées, triées et paginées")
        .Produces<PublicSessionPage>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests).Produces(StatusCodes.Status304NotModified);

        programme.MapGet("/sessions/{id:guid}", async (Guid id, HttpContext http, ReadPublicSessions read, CancellationToken cancellationToken) =>
        {
            var session = await read.OneAsync(id, cancellationToken);
            return session is null ? ApiProblems.NotFound("Session") : Tagged(http, session);
        })
        .WithName("GetSession").WithSummary("Une session publiée")
        .Produces<PublicSession>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests).Produces(StatusCodes.Status304NotModified);

        programme.MapGet("/chantiers", async (HttpContext http, ReadPublicWorksites read, CancellationToken cancellationToken, string? region = null, string? technique = null) =>
            Tagged(http, await read.ExecuteAsync(region, technique, null, cancellationToken)))
        .WithName("ListWorksites").WithSummary("Les chantiers qui ont au moins une session publiée, avec leur site et leurs sessions")
        .Produces<IReadOnlyList<PublicWorksite>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests).Produces(StatusCodes.Status304NotModified);

        programme.MapGet("/chantiers/{id:guid}", async (Guid id, HttpContext http, ReadPublicWorksites read, CancellationToken cancellationToken) =>
            (await read.ExecuteAsync(null, null, id, cancellationToken)).FirstOrDefault() is { } worksite ? Tagged(http, worksite) : ApiProblems.NotFound("Chantier"))
        .WithName("GetWorksite").WithSummary("Un chantier du programme publié")
        .Produces<PublicWorksite>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests).Produces(StatusCodes.Status304NotModified);

        programme.MapGet("/sites", async (HttpContext http, ReadPublicWorksites read, CancellationToken cancellationToken, string? region = null) =>
            Tagged(http, await read.SitesAsync(region, cancellationToken)))
        .WithName("ListSites").WithSummary("Les sites des chantiers du programme publié, avec leurs coordonnées")
        .Produces<IReadOnlyList<PublicSite>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status429TooManyRequests).Produces(StatusCodes.Status304NotModified);

        var registrations = endpoints.MapGroup("/api/v1").WithTags("Pré-inscriptions")
            .AddEndpointFilter(new ApiKeyFilter(ApiScopes.RegistrationsWrite))
            .RequireRateLimiting(RateLimitPolicy)
            .RequireCors(ApiKeyCorsPolicyProvider.Policy);
        // The body is read after the key is checked (a filter runs after binding): without a valid key, 401 whatever was sent.
        registrations.MapPost("/sessions/{id:guid}/preinscriptions", (Guid id, HttpContext http, PreRegisterThroughApi handler, CancellationToken cancellationToken) =>
            handler.ExecuteAsync(id, http, cancellationToken))
        // Described here rather than by Accepts<T>(), whose content-type check would answer before the key is checked.
        .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ApiPreRegistration), null, cancellationToken) },
                },
            })
        .WithName("PreRegister").WithSummary("Une pré-inscription du site web (clé, captcha du visiteur et en-tête Idempotency-Key)")
        .Produces<ApiPreRegistrationResult>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    private static DateOnly? Date(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[name] = [$"« {value} » n'est pas une date AAAA-MM-JJ."];
        return null;
    }

    /// <summary>The body with its ETag (a hash of its bytes); 304 without a body when the client already has it.</summary>
    private static IResult Tagged<T>(HttpContext http, T value)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, json);
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..32]}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        var asked = http.Request.Headers.IfNoneMatch.ToString();
        if (asked.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }
}
