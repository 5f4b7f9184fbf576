namespace Rempart.Web.Programming;

public static class ProgrammeWebServiceCollectionExtensions
{
    public static IServiceCollection AddRempartProgramme(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Map.MapOptions>(configuration.GetSection(Map.MapOptions.Section));
        services.AddScoped<ProgrammeGrids>();
        services.AddScoped<ProgrammeChoices>();
        return services;
    }
}
