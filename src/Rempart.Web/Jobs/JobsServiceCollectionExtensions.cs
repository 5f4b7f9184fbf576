using Quartz;
using Rempart.Data.Database;
using Rempart.Web.Documents;
using Rempart.Web.Exports;
using Rempart.Web.Extranet;
using Rempart.Web.PublicApi;
using Rempart.Web.Mail;
using Rempart.Web.Places;
using Rempart.Web.Payments;
using Rempart.Web.Registrations;
using Rempart.Web.Startup;
using Rempart.Web.Website;

namespace Rempart.Web.Jobs;

/// <summary>
/// The Quartz scheduler, persisted in the application's own database so that scheduled work survives
/// restarts; clustered on PostgreSQL (several servers share the work), a single node on SQLite.
/// Every feature schedules its jobs through this one scheduler.
/// </summary>
public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddRempartJobs(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var campaigns = configuration?.GetSection(CampaignOptions.Section).Get<CampaignOptions>() ?? new CampaignOptions();
        var website = configuration?.GetSection(Website.WebsiteOptions.Section).Get<Website.WebsiteOptions>() ?? new Website.WebsiteOptions();
        var documents = configuration?.GetSection(Data.Documents.DocumentOptions.Section).Get<Data.Documents.DocumentOptions>() ?? new Data.Documents.DocumentOptions();
        services.AddQuartz(quartz =>
        {
            // Each server of a cluster needs its own instance id.
            quartz.ConfigureScheduler(scheduler => scheduler.GenerateInstanceId = true);
            var database = quartz.Services.BuildDatabaseSettings();
            quartz.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    // Quartz's clustering needs row locks that SQLite does not have (it throws by design).
                    store.UseSqlite(database.ConnectionString);
                }
                store.ProvisionSchema();
                store.UseExecutionHistory();
            });
            quartz.AddPlacesJobs();
            quartz.AddRegistrationJobs();
            quartz.AddPaymentJobs();
            quartz.AddExportJobs();
            quartz.AddCampaignJobs(campaigns.PollSeconds);
            quartz.AddDocumentJobs(documents.IndexPollSeconds);
            quartz.AddExtranetJobs();
            quartz.AddPublicApiJobs();
            quartz.AddWebsiteJobs(website.PollSeconds);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        // Its start (the schema check and the jobs' triggers written to the database) overlaps the web server's.
        services.StartAlongside<QuartzHostedService>();
        services.AddTransient<ScheduledJobs>();
        services.AddTransient<ExportLists>();
        services.AddTransient<Programming.ExportProgramme>();
        services.AddTransient<ExportActors>();
        services.AddTransient<QueueExport>();
        services.AddTransient<MakeExport>();
        return services;
    }

    /// <summary>The settings AddRempartData registered as an instance, read while configuring.</summary>
    private static DatabaseSettings BuildDatabaseSettings(this IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(DatabaseSettings))?.ImplementationInstance as DatabaseSettings
        ?? throw new InvalidOperationException("AddRempartData must be called before AddRempartJobs.");
}
