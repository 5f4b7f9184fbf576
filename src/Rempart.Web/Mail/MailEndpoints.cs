using Rempart.Data.Mail;

namespace Rempart.Web.Mail;

/// <summary>RFC 8058 one-click unsubscription: a mail program posts "List-Unsubscribe=One-Click" to the link, with no cookie and no form of ours.</summary>
public static class MailEndpoints
{
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost($"{UnsubscribeLinks.OneClickPath}/{{token}}", async (string token, UnsubscribeLinks links, Unsubscriptions unsubscriptions, CancellationToken cancellationToken) =>
        {
            // With a body: the site's not-found page is for people, and would refuse a post without our form's token.
            if (links.Read(token) is not { } email) return Results.Text("Lien de désinscription inconnu.", statusCode: StatusCodes.Status404NotFound);
            await unsubscriptions.AddAsync(email, cancellationToken);
            return Results.Ok();
        }).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }
}
