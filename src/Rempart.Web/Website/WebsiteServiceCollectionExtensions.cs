using Microsoft.Extensions.Options;

namespace Rempart.Web.Website;

public static class WebsiteServiceCollectionExtensions
{
    public static IServiceCollection AddRempartWebsite(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebsiteOptions>(configuration.GetSection(WebsiteOptions.Section));
        services.AddHttpClient<WordPressClient>();
        services.AddTransient<PushToWordPress>();
        services.AddTransient<DeliverWebhooks>();
        services.AddHttpClient(DeliverWebhooks.ClientName, (provider, http) =>
                http.Timeout = TimeSpan.FromSeconds(Math.Max(1, provider.GetRequiredService<IOptions<WebsiteOptions>>().Value.WebhookTimeoutSeconds)))
            // A receiver's redirect is not followed: the secret-signed body goes only where the administrator said.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
