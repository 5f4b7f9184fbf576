using Microsoft.AspNetCore.Localization;
using Rempart.Web.Accounts;

namespace Rempart.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static readonly string[] Cultures = ["fr", "en"];

    public static IServiceCollection AddRempartLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // French first: staff pages exist only in French; volunteers' and partners' pages also in English.
            options.SetDefaultCulture("fr").AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    /// <summary>Sets the language cookie and goes back where the visitor was.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/langue/{culture}", (string culture, string? retour, HttpContext http) =>
        {
            if (!Cultures.Contains(culture)) return Results.BadRequest();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(LocalUrl.OrDefault(retour));
        });
        return endpoints;
    }
}
