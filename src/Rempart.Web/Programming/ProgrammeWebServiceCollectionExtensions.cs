namespace Rempart.Web.Programming;

public static class ProgrammeWebServiceCollectionExtensions
{
    public static IServiceCollection AddRempartProgramme(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeGrids>();
        services.AddScoped<ProgrammeChoices>();
        return services;
    }
}
