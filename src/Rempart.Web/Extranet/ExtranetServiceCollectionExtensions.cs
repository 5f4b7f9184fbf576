namespace Rempart.Web.Extranet;

public static class ExtranetServiceCollectionExtensions
{
    public static IServiceCollection AddRempartExtranet(this IServiceCollection services)
    {
        services.AddTransient<PublishExtranetPage>();
        services.AddTransient<RemindEvents>();
        return services;
    }
}
