using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>
/// The WebAuthn options the browser asks for before creating or using a passkey. POST with the
/// page's antiforgery token: the options carry a challenge Identity remembers for this browser.
/// </summary>
public static class PasskeyEndpoints
{
    public const string CreationOptions = "/compte/cles-acces/options-creation";
    public const string RequestOptions = "/compte/cles-acces/options-connexion";

    public static IEndpointRouteBuilder MapPasskeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(CreationOptions, async (HttpContext http, IAntiforgery antiforgery, UserManager<RempartUser> users, ManagePasskeys passkeys) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            if (await users.GetUserAsync(http.User) is not { IsActive: true } user) return Results.Unauthorized();
            return Results.Content(await passkeys.CreationOptionsAsync(user), "application/json");
        }).RequireAuthorization();

        endpoints.MapPost(RequestOptions, async (HttpContext http, IAntiforgery antiforgery, SignInWithPasskey signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            return Results.Content(await signIn.RequestOptionsAsync(), "application/json");
        });
        return endpoints;
    }
}
