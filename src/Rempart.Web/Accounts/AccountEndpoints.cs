using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Domain.Navigation;

namespace Rempart.Web.Accounts;

public static class AccountEndpoints
{
    public const string NoProfileYet = "/bienvenue";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The root sends each user to their own space; anonymous visitors to the sign-in page.
        endpoints.MapGet("/", (HttpContext http) =>
        {
            if (http.User.Identity?.IsAuthenticated != true) return Results.Redirect(AccountUrls.Login);
            var landing = SpaceCatalog.LandingFor(CurrentProfiles.Of(http.User));
            return Results.Redirect(landing?.Href ?? NoProfileYet);
        });

        // Sign-out is a POST with an antiforgery token, so that no link or image can sign someone out.
        // Minimal APIs enforce the token only when they bind a form, which this one does not: check it here.
        endpoints.MapPost(AccountUrls.Logout, async (HttpContext http, IAntiforgery antiforgery, SignInManager<RempartUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            await signIn.SignOutAsync();
            return Results.LocalRedirect(AccountUrls.Login);
        });
        return endpoints;
    }
}
