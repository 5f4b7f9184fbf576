using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Rempart.Web.Website;

/// <summary>What WordPress answered, or that it could not be reached; the message is in French for the "Website" screen.</summary>
public sealed class WordPressException(string message, HttpStatusCode? status = null, string? code = null) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;
    public string? Code { get; } = code;
}

/// <summary>
/// A typed client for WordPress's own REST API (<c>/wp-json/wp/v2</c>), authenticated by an
/// application password (HTTP Basic): posts of any type, terms, media. Nothing is retried here:
/// a failed push is retried whole by the job, later (see WebsiteRules.RetryDelay), and a post
/// created whose answer was lost is found again by its <c>rempart_id</c> before a new one is made.
/// </summary>
public sealed class WordPressClient
{
    private readonly HttpClient http;
    private readonly Dictionary<(string, string), long> terms = [];

    public WordPressClient(HttpClient http, IOptions<WebsiteOptions> options)
    {
        this.http = http;
        var settings = options.Value;
        if (settings.WordPressConfigured) http.BaseAddress = new Uri(settings.WordPressUrl.TrimEnd('/') + "/wp-json/wp/v2/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.WordPressUser}:{settings.WordPressApplicationPassword}")));
        http.Timeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds));
    }

    /// <summary>
    /// Checks that WordPress knows the user and its application password. A wrong password is not
    /// refused as such by WordPress: the request goes on as a visitor's and fails later with a
    /// misleading message, so the push asks this first and reports the real cause.
    /// </summary>
    public async Task EnsureSignedInAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, "users/me?_fields=id"), cancellationToken);
        }
        catch (WordPressException e) when (e.Status == HttpStatusCode.Unauthorized)
        {
            throw new WordPressException($"WordPress ne reconnaît pas l'utilisateur ou le mot de passe d'application configurés (Website:WordPressUser, " +
                $"Website:WordPressApplicationPassword). {e.Message}", e.Status, e.Code);
        }
    }

    /// <summary>The post Rempart made for an item, found by its id (any status); null when there is none.</summary>
    public async Task<long?> FindPostAsync(string type, Guid rempartId, CancellationToken cancellationToken)
    {
        var found = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{type}?rempart_id={rempartId}&status=any&context=edit&_fields=id"), cancellationToken);
        return found is JsonArray { Count: > 0 } posts ? posts[0]!["id"]!.GetValue<long>() : null;
    }

    /// <summary>Creates the post, or updates it in place; its id.</summary>
    public async Task<long> SavePostAsync(string type, long? id, JsonObject post, CancellationToken cancellationToken)
    {
        var path = id is { } existing ? $"{type}/{existing}" : type;
        var saved = await SendAsync(() => Json(HttpMethod.Post, path, post), cancellationToken);
        return saved!["id"]!.GetValue<long>();
    }

    /// <summary>Deletes the post for good (not to the trash): a session taken down leaves the site. Gone already is fine.</summary>
    public async Task DeletePostAsync(string type, long id, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, $"{type}/{id}?force=true"), cancellationToken);
        }
        catch (WordPressException e) when (e.Status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
        }
    }

    /// <summary>Whether the post still exists (someone may have deleted it in WordPress).</summary>
    public async Task<bool> PostExistsAsync(string type, long id, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{type}/{id}?context=edit&_fields=id"), cancellationToken);
            return true;
        }
        catch (WordPressException e) when (e.Status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return false;
        }
    }

    /// <summary>The id of the term of that name in the taxonomy, made when missing; remembered for the client's life (one push run).</summary>
    public async Task<long> TermAsync(string taxonomy, string name, CancellationToken cancellationToken)
    {
        if (terms.TryGetValue((taxonomy, name), out var known)) return known;
        var found = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{taxonomy}?search={Uri.EscapeDataString(name)}&per_page=100&_fields=id,name"), cancellationToken);
        // WordPress answers names HTML-escaped ("Provence-Alpes-C&ocirc;te…" stays, "&amp;" does not).
        var match = (found as JsonArray)?.FirstOrDefault(t => WebUtility.HtmlDecode(t!["name"]!.GetValue<string>()) == name);
        long id;
        if (match is not null) id = match["id"]!.GetValue<long>();
        else
        {
            try
            {
                id = (await SendAsync(() => Json(HttpMethod.Post, taxonomy, new JsonObject { ["name"] = name }), cancellationToken))!["id"]!.GetValue<long>();
            }
            catch (WordPressException e) when (e.Code == "term_exists" && e.Data["term_id"] is long existing)
            {
                id = existing;
            }
        }
        terms[(taxonomy, name)] = id;
        return id;
    }

    /// <summary>Uploads an image to the media library with its description; its media id.</summary>
    public async Task<long> UploadMediaAsync(byte[] content, string fileName, string contentType, string altText, CancellationToken cancellationToken)
    {
        var uploaded = await SendAsync(() =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "media") { Content = new ByteArrayContent(content) };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            message.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{fileName}\"" };
            return message;
        }, cancellationToken);
        var id = uploaded!["id"]!.GetValue<long>();
        await SendAsync(() => Json(HttpMethod.Post, $"media/{id}", new JsonObject { ["alt_text"] = altText }), cancellationToken);
        return id;
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, JsonObject body) =>
        new(method, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private async Task<JsonNode?> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        if (http.BaseAddress is null) throw new WordPressException("Le site WordPress n'est pas configuré (Website:WordPressUrl).");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request(), cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new WordPressException($"Le site WordPress est injoignable : {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WordPressException($"Le site WordPress n'a pas répondu dans les {http.Timeout.TotalSeconds:0} secondes.");
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonNode? json = null;
            try
            {
                json = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // An HTML error page from a proxy or PHP: reported by status below.
            }
            if (response.IsSuccessStatusCode) return json;
            var code = json?["code"]?.GetValue<string>();
            var message = json?["message"]?.GetValue<string>();
            var error = new WordPressException(
                $"WordPress a refusé ({(int)response.StatusCode}{(code is null ? "" : " " + code)}) : {WebUtility.HtmlDecode(message ?? response.ReasonPhrase ?? "sans explication")}",
                response.StatusCode, code);
            if (json?["data"]?["term_id"] is JsonValue termId && termId.TryGetValue<long>(out var existing)) error.Data["term_id"] = existing;
            throw error;
        }
    }
}
