using Microsoft.Extensions.DependencyInjection;

namespace Rempart.Data.Programming;

public static class ProgrammeServiceCollectionExtensions
{
    public static IServiceCollection AddProgrammeOperations(this IServiceCollection services)
    {
        services.AddTransient<SaveSite>();
        services.AddTransient<SaveWorksite>();
        services.AddTransient<SaveSession>();
        services.AddTransient<SaveLeader>();
        services.AddTransient<FindScheduleConflicts>();
        services.AddTransient<GetProgrammeItem>();
        services.AddTransient<DeleteProgrammeItem>();
        return services;
    }
}
