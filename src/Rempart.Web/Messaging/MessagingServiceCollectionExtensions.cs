namespace Rempart.Web.Messaging;

public static class MessagingServiceCollectionExtensions
{
    public static IServiceCollection AddRempartMessaging(this IServiceCollection services)
    {
        services.AddTransient<NotifyNewMessage>();
        services.AddScoped<UnreadMessages>();
        return services;
    }
}
