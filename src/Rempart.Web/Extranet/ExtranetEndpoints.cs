using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data;
using Rempart.Data.Extranet;
using Rempart.Web.Mail;

namespace Rempart.Web.Extranet;

public static class ExtranetEndpoints
{
    public const string FeedPath = "/extranet/agenda";

    /// <summary>
    /// A member's iCalendar feed at its secret address: no sign-in (calendar apps cannot), the
    /// token is the key. An unknown or replaced token, or a member who may no longer read the
    /// extranet, gets "not found".
    /// </summary>
    public static IEndpointRouteBuilder MapExtranetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{FeedPath}/{{token}}.ics", async (string token, CalendarFeeds feeds, ExtranetCalendar calendar, IDbContextFactory<RempartDbContext> contexts,
            IOptions<MailOptions> mail, HttpContext http, CancellationToken cancellationToken) =>
        {
            var feed = await feeds.ReadAsync(token, cancellationToken);
            if (feed is null) return Results.Text("Ce calendrier n'existe pas (son adresse a peut-être été renouvelée).", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var groups = await db.ExtranetGroups.ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
            var text = WriteICalendar.Execute(feed, mail.Value.UnionName, new Uri(mail.Value.PublicBaseUrl).Host, groups, await calendar.AttributesAsync(cancellationToken));
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Text(text, "text/calendar; charset=utf-8");
        });
        return endpoints;
    }
}
