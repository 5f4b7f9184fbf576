using Rempart.Web.Accounts;

namespace Rempart.Web.Startup;

public static class StartupServiceCollectionExtensions
{
    public static IServiceCollection AddRempartStartup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.AddTransient<EnsureBuiltInProfiles>();
        services.AddTransient<BootstrapSuperAdmin>();
        // Registered before the scheduler's hosted service, so the database is ready when jobs start.
        services.AddHostedService<PrepareDatabaseOnStart>();
        return services;
    }
}
