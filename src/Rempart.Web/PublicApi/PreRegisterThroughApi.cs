using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Rempart.Data.Audit;
using Rempart.Data.PublicApi;
using Rempart.Domain.Audit;
using Rempart.Domain.PublicApi;
using Rempart.Domain.Registrations;
using Rempart.Web.Captcha;
using Rempart.Web.Registrations;

namespace Rempart.Web.PublicApi;

/// <summary>Who fills the form in for someone else (a parent, a social worker).</summary>
public sealed record ApiRegistrant(
    [property: JsonPropertyName("prenom")] string? FirstName, [property: JsonPropertyName("nom")] string? LastName, [property: JsonPropertyName("email")] string? Email);

/// <summary>A pre-registration sent by the website: the same fields as the volunteer's own page, and the visitor's captcha solution.</summary>
public sealed record ApiPreRegistration(
    [property: JsonPropertyName("prenom")] string? FirstName,
    [property: JsonPropertyName("nom")] string? LastName,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("telephone")] string? Phone,
    [property: JsonPropertyName("dateNaissance")] DateOnly? BirthDate,
    [property: JsonPropertyName("inscritPar")] ApiRegistrant? RegisteredBy,
    [property: JsonPropertyName("listeAttente")] bool JoinWaitingList,
    [property: JsonPropertyName("accepteTraitementDonnees")] bool AcceptsDataUse,
    [property: JsonPropertyName("captcha")] string? Captcha);

/// <summary>What a pre-registration became: a registration at a stage, or a place on the waiting list.</summary>
public sealed record ApiPreRegistrationResult(
    [property: JsonPropertyName("inscription")] Guid? RegistrationId, [property: JsonPropertyName("etape")] string? Stage,
    [property: JsonPropertyName("positionListeAttente")] int? WaitingPosition);

/// <summary>
/// A pre-registration from the website, through the same path as the volunteer's own page
/// (<see cref="PreRegister"/>), protected by the website's key and the visitor's captcha. Its
/// Idempotency-Key makes retries safe: the first request does the work, any other with the same key
/// gets the same answer, or 409 while the first is still at work. Every write is in the audit log.
/// </summary>
public sealed class PreRegisterThroughApi(ApiIdempotency idempotency, VerifyCaptcha captcha, PreRegister preRegister, WriteAudit audit, IOptions<JsonOptions> json)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["FirstName"] = "prenom", ["LastName"] = "nom", ["Email"] = "email", ["Phone"] = "telephone", ["BirthDate"] = "dateNaissance",
        ["RegistrantFirstName"] = "inscritPar.prenom", ["RegistrantLastName"] = "inscritPar.nom", ["RegistrantEmail"] = "inscritPar.email",
        ["JoinWaitingList"] = "listeAttente", ["AcceptsDataUse"] = "accepteTraitementDonnees",
    };

    public async Task<IResult> ExecuteAsync(Guid sessionId, HttpContext http, CancellationToken cancellationToken)
    {
        var key = (ApiKey)http.Items[typeof(ApiKey)]!;
        ApiPreRegistration? body;
        try
        {
            body = http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<ApiPreRegistration>(json.Value.SerializerOptions, cancellationToken) : null;
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null)
            return ApiProblems.Of(StatusCodes.Status400BadRequest, "corps-invalide", "Corps de requête invalide", "Envoyez la pré-inscription en JSON (application/json), comme le décrit /openapi/v1.json.");
        var idempotencyKey = http.Request.Headers[IdempotencyHeader].ToString();
        if (idempotencyKey.Length is 0 or > 100)
            return ApiProblems.Of(StatusCodes.Status400BadRequest, "cle-idempotence", "En-tête Idempotency-Key requis",
                "Chaque pré-inscription porte un identifiant unique (1 à 100 caractères), répété à l'identique si elle est renvoyée.");
        var options = json.Value.SerializerOptions;
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId + JsonSerializer.Serialize(body, options))));

        var (state, status, stored) = await idempotency.BeginAsync(key.Id, idempotencyKey, fingerprint, cancellationToken);
        switch (state)
        {
            case IdempotencyState.Answered:
                return Stored(status!.Value, stored!);
            case IdempotencyState.InProgress:
                http.Response.Headers.RetryAfter = "1";
                return ApiProblems.Of(StatusCodes.Status409Conflict, "en-cours", "Cette pré-inscription est en cours de traitement", "Renvoyez-la dans un instant avec la même Idempotency-Key.");
            case IdempotencyState.Mismatch:
                return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "cle-idempotence-reutilisee", "Idempotency-Key déjà utilisée pour une autre demande",
                    "Une nouvelle pré-inscription prend un nouvel identifiant.");
        }

        try
        {
            var (answerStatus, answer) = await WorkAsync(sessionId, body, key, http, options, cancellationToken);
            await idempotency.FinishAsync(key.Id, idempotencyKey, answerStatus, answer, CancellationToken.None);
            return Stored(answerStatus, answer);
        }
        catch
        {
            await idempotency.AbandonAsync(key.Id, idempotencyKey);
            throw;
        }
    }

    private async Task<(int Status, string Body)> WorkAsync(Guid sessionId, ApiPreRegistration body, ApiKey key, HttpContext http, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (!await captcha.ExecuteAsync(body.Captcha, cancellationToken))
            return Problem(options, new Dictionary<string, string> { ["captcha"] = "La vérification anti-robot a échoué ou a expiré : faites-la de nouveau." });
        var form = new PreRegistrationForm
        {
            FirstName = body.FirstName ?? "", LastName = body.LastName ?? "", Email = body.Email ?? "", Phone = body.Phone, BirthDate = body.BirthDate,
            ForSomeoneElse = body.RegisteredBy is not null, RegistrantFirstName = body.RegisteredBy?.FirstName ?? "", RegistrantLastName = body.RegisteredBy?.LastName ?? "",
            RegistrantEmail = body.RegisteredBy?.Email ?? "", JoinWaitingList = body.JoinWaitingList, AcceptsDataUse = body.AcceptsDataUse,
        };
        var outcome = await preRegister.ExecuteAsync(sessionId, form, null, cancellationToken);
        if (!outcome.Succeeded) return Problem(options, outcome.Errors);
        await audit.ExecuteAsync(AuditEvent.ApiPreRegistration, null, form.Email.Trim(), http.Connection.RemoteIpAddress?.ToString(),
            $"Pré-inscription à la session {sessionId} par la clé « {key.Name} » ({key.Prefix}…)", cancellationToken);
        var result = new ApiPreRegistrationResult(outcome.RegistrationId, outcome.Stage is { } stage ? RegistrationLifecycle.Label(stage) : null, outcome.WaitingPosition);
        return (StatusCodes.Status201Created, JsonSerializer.Serialize(result, options));
    }

    /// <summary>The refusal as problem details, its fields named as the API names them.</summary>
    private static (int, string) Problem(JsonSerializerOptions options, IReadOnlyDictionary<string, string> errors)
    {
        var general = errors.GetValueOrDefault("");
        var problem = new HttpValidationProblemDetails(errors.Where(e => e.Key.Length > 0).ToDictionary(e => Fields.GetValueOrDefault(e.Key, e.Key), e => new[] { e.Value }))
        {
            Title = "Pré-inscription refusée", Status = StatusCodes.Status400BadRequest, Type = ApiProblems.TypeBase + "preinscription-refusee", Detail = general,
        };
        return (StatusCodes.Status400BadRequest, JsonSerializer.Serialize(problem, options));
    }

    private static IResult Stored(int status, string body) =>
        Results.Content(body, status >= 400 ? "application/problem+json; charset=utf-8" : "application/json; charset=utf-8", Encoding.UTF8, status);
}
