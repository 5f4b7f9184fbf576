using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Rempart.Data.Programming;

public static class ProgrammeServiceCollectionExtensions
{
    public static IServiceCollection AddProgrammeOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PhotoOptions>(configuration.GetSection(PhotoOptions.Section));
        services.AddSingleton<ProgrammeChangeFeed>();
        services.AddTransient<SaveSite>();
        services.AddTransient<MoveSession>();
        services.AddTransient<ListCalendarSessions>();
        services.AddTransient<CopySeason>();
        services.AddTransient<ManagePhotos>();
        services.AddTransient<SizePhoto>();
        services.AddTransient<ListMappedSites>();
        services.AddTransient<SaveWorksite>();
        services.AddTransient<SaveSession>();
        services.AddTransient<SaveLeader>();
        services.AddTransient<FindScheduleConflicts>();
        services.AddTransient<GetProgrammeItem>();
        services.AddTransient<DeleteProgrammeItem>();
        return services;
    }
}
