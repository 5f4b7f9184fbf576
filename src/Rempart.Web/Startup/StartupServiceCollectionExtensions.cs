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
        // Its migrations run in StartingAsync, before any hosted service starts: the scheduler's jobs and
        // the web server find the database ready. The starts themselves then run together: the profile
        // roles, the scheduler (its schema check and jobs) and the web server (its pipeline) each spend
        // most of their time compiling code, and a small server has two cores (decision 0031).
        services.AddHostedService<PrepareDatabaseOnStart>();
        services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
        return services;
    }
}
