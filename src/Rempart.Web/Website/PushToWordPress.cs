using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Rempart.Data.Programming;
using Rempart.Data.PublicApi;
using Rempart.Data.Website;
using Rempart.Domain.Programming;
using Rempart.Domain.Website;
using Rempart.Web.Mail;

namespace Rempart.Web.Website;

/// <summary>
/// Sends the items the change detector marked to WordPress: each site, worksite and session of the
/// published programme is one post of the plugin's types, with its fields, its photos in the media
/// library (the cover as featured image, the others as the gallery) and its région and techniques
/// as terms; it is updated in place; an item that left the programme is deleted. Each item ends
/// synced or failed with WordPress's reason, retried later by the queue.
/// </summary>
public sealed class PushToWordPress(
    WordPressClient wordPress, WebsiteQueue queue, ReadPublicSessions sessions, ReadPublicWorksites worksites, ManagePhotos photos, SizePhoto sizes,
    IOptions<WebsiteOptions> options, IOptions<MailOptions> mail, ILogger<PushToWordPress> logger)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    public async Task<(int Pushed, int Failed)> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.WordPressConfigured) return (0, 0);
        int pushed = 0, failed = 0;
        var due = await queue.ClaimDueAsync(100, cancellationToken);
        if (due.Count == 0) return (0, 0);
        string? refusal = null;
        try
        {
            await wordPress.EnsureSignedInAsync(cancellationToken);
        }
        catch (WordPressException e)
        {
            refusal = e.Message;
        }
        foreach (var item in due)
        {
            try
            {
                if (refusal is not null) throw new WordPressException(refusal);
                var postId = await PushAsync(item, cancellationToken);
                await queue.CompleteAsync(item, postId, cancellationToken);
                pushed++;
            }
            catch (WordPressException e)
            {
                logger.LogWarning("Push of {Kind} {Id} to WordPress failed: {Error}", item.Kind, item.EntityId, e.Message);
                await queue.FailAsync(item, e.Message, cancellationToken);
                failed++;
            }
        }
        return (pushed, failed);
    }

    private string TypeOf(WebsiteItemKind kind) => kind switch
    {
        WebsiteItemKind.Site => options.Value.SitePostType,
        WebsiteItemKind.Worksite => options.Value.WorksitePostType,
        _ => options.Value.SessionPostType,
    };

    private async Task<long?> PushAsync(ClaimedWebsiteItem item, CancellationToken cancellationToken)
    {
        var type = TypeOf(item.Kind);
        if (!item.Live)
        {
            if (item.PostId is { } gone) await wordPress.DeletePostAsync(type, gone, cancellationToken);
            return null;
        }
        var post = item.Kind switch
        {
            WebsiteItemKind.Session => await sessions.OneAsync(item.EntityId, cancellationToken) is { } session ? await SessionPostAsync(session, cancellationToken) : null,
            WebsiteItemKind.Worksite => (await worksites.ExecuteAsync(worksiteId: item.EntityId, cancellationToken: cancellationToken)).FirstOrDefault() is { } worksite
                ? await WorksitePostAsync(worksite, cancellationToken) : null,
            _ => await worksites.SiteAsync(item.EntityId, cancellationToken) is { } site
                ? await SitePostAsync(site, cancellationToken) : null,
        };
        // Left the programme since it was marked: the detector's next pass marks it for taking down.
        if (post is null) return item.PostId;

        post["status"] = "publish";
        var postId = item.PostId;
        if (postId is { } known && !await wordPress.PostExistsAsync(type, known, cancellationToken)) postId = null;
        postId ??= await wordPress.FindPostAsync(type, item.EntityId, cancellationToken);
        return await wordPress.SavePostAsync(type, postId, post, cancellationToken);
    }

    private async Task<JsonObject> SessionPostAsync(PublicSession session, CancellationToken cancellationToken)
    {
        var links = await queue.PostIdsAsync([session.WorksiteId, session.Site.Id], cancellationToken);
        var post = await CommonAsync(session.Id, $"{session.Title} — du {session.Start.ToString("d MMMM", French)} au {session.End.ToString("d MMMM yyyy", French)}",
            session.Site, session.Techniques, session.Photos, Paragraphs($"{session.Association}. {session.Site.Name}, {session.Site.Commune}."), cancellationToken);
        var meta = (JsonObject)post["meta"]!;
        meta["rempart_association"] = session.Association;
        meta["rempart_public"] = session.Audience;
        meta["rempart_debut"] = session.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        meta["rempart_fin"] = session.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        meta["rempart_age_min"] = session.MinimumAge;
        meta["rempart_age_max"] = session.MaximumAge?.ToString(CultureInfo.InvariantCulture) ?? "";
        meta["rempart_places_libres"] = session.FreePlaces;
        meta["rempart_inscriptions_ouvertes"] = session.RegistrationOpen;
        meta["rempart_prix_a_partir_de"] = session.PriceFrom?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
        meta["rempart_tarifs"] = System.Text.Json.JsonSerializer.Serialize(session.Prices, WebJson);
        meta["rempart_chantier"] = links.GetValueOrDefault((WebsiteItemKind.Worksite, session.WorksiteId));
        meta["rempart_site"] = links.GetValueOrDefault((WebsiteItemKind.Site, session.Site.Id));
        meta["rempart_lien_inscription"] = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/inscription/{session.Id}";
        return post;
    }

    private async Task<JsonObject> WorksitePostAsync(PublicWorksite worksite, CancellationToken cancellationToken)
    {
        var links = await queue.PostIdsAsync([worksite.Site.Id], cancellationToken);
        var post = await CommonAsync(worksite.Id, worksite.Title, worksite.Site, worksite.Techniques, worksite.Photos, Paragraphs(worksite.Description), cancellationToken);
        var meta = (JsonObject)post["meta"]!;
        meta["rempart_association"] = worksite.Association;
        meta["rempart_public"] = worksite.Audience;
        meta["rempart_langues"] = worksite.Languages ?? "";
        meta["rempart_hebergement"] = worksite.Accommodation ?? "";
        meta["rempart_site"] = links.GetValueOrDefault((WebsiteItemKind.Site, worksite.Site.Id));
        return post;
    }

    private Task<JsonObject> SitePostAsync(PublicSite site, CancellationToken cancellationToken) =>
        CommonAsync(site.Id, site.Name, site, [], site.Photos, Paragraphs(site.Description), cancellationToken);

    /// <summary>Title, text, place, terms and photos: what every kind of post has.</summary>
    private async Task<JsonObject> CommonAsync(
        Guid id, string title, PublicSite site, IReadOnlyList<string> techniques, IReadOnlyList<PublicPhoto> pictures, string content, CancellationToken cancellationToken)
    {
        var media = await MediaAsync(pictures, cancellationToken);
        var techniqueTerms = new JsonArray();
        foreach (var technique in techniques) techniqueTerms.Add(await wordPress.TermAsync(options.Value.TechniqueTaxonomy, technique, cancellationToken));
        var cover = pictures.FirstOrDefault(p => p.IsCover) ?? pictures.FirstOrDefault();
        var post = new JsonObject
        {
            ["title"] = title,
            ["content"] = content,
            ["featured_media"] = cover is null ? 0 : media[cover.Id],
            [options.Value.RegionTaxonomy] = new JsonArray(string.IsNullOrWhiteSpace(site.Region) ? [] : [JsonValue.Create(await wordPress.TermAsync(options.Value.RegionTaxonomy, site.Region, cancellationToken))]),
            [options.Value.TechniqueTaxonomy] = techniqueTerms,
            ["meta"] = new JsonObject
            {
                ["rempart_id"] = id.ToString(),
                ["rempart_commune"] = site.Commune,
                ["rempart_departement"] = site.Departement ?? "",
                ["rempart_latitude"] = site.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "",
                ["rempart_longitude"] = site.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "",
                ["rempart_galerie"] = new JsonArray(pictures.Where(p => p != cover).Select(p => (JsonNode?)JsonValue.Create(media[p.Id])).ToArray()),
            },
        };
        return post;
    }

    /// <summary>Each photo's media id, uploading (at the large size) those WordPress does not have yet.</summary>
    private async Task<Dictionary<Guid, long>> MediaAsync(IReadOnlyList<PublicPhoto> pictures, CancellationToken cancellationToken)
    {
        var media = await queue.MediaAsync(pictures.Select(p => p.Id).ToList(), cancellationToken);
        foreach (var picture in pictures.Where(p => !media.ContainsKey(p.Id)))
        {
            if (await photos.LocateAsync(picture.Id, cancellationToken) is not { } file) throw new WordPressException($"La photo « {picture.AltText} » n'est plus sur le disque.");
            var path = await sizes.ExecuteAsync(picture.Id, file.Path, file.ContentType, PhotoSize.Large, cancellationToken);
            var extension = file.ContentType == "image/png" ? "png" : "jpg";
            media[picture.Id] = await wordPress.UploadMediaAsync(await File.ReadAllBytesAsync(path, cancellationToken), $"{picture.Id:N}.{extension}", file.ContentType, picture.AltText, cancellationToken);
            await queue.RememberMediaAsync(picture.Id, media[picture.Id], cancellationToken);
        }
        return media;
    }

    /// <summary>Plain text as HTML paragraphs, escaped: the programme's texts are typed, not HTML.</summary>
    private static string Paragraphs(string? text) =>
        string.Concat((text ?? "").Split(["\r\n", "\n\n", "\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
}
