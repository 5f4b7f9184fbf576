namespace Rempart.Web.Captcha;

public static class CaptchaEndpoints
{
    public const string ChallengePath = "/captcha/challenge";

    public static IServiceCollection AddRempartCaptcha(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CaptchaOptions>(configuration.GetSection(CaptchaOptions.Section));
        services.AddSingleton<CaptchaKey>();
        services.AddTransient<VerifyCaptcha>();
        return services;
    }

    /// <summary>A fresh challenge for the widget; never cached, open to anonymous visitors (they are who it is for).</summary>
    public static IEndpointRouteBuilder MapCaptchaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ChallengePath, (VerifyCaptcha captcha, HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            return TypedResults.Json(captcha.NewChallenge());
        }).AllowAnonymous();
        return app;
    }
}
