using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rempart.Data.Database;
using Rempart.Data.Programming;

namespace Rempart.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database (provider from configuration), the data folder and the DbContext factory.</summary>
    public static IServiceCollection AddRempartData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        storage.Root = Path.GetFullPath(Path.Combine(contentRoot, storage.Root));
        Directory.CreateDirectory(storage.Root);

        var connectionString = ConnectionStrings.Resolve(
            database.Provider, configuration.GetConnectionString(ConnectionStrings.Name), storage);
        var settings = new DatabaseSettings(database.Provider, connectionString, database.StartupRetries);

        services.AddSingleton(storage);
        services.AddSingleton(settings);
        services.AddPooledDbContextFactory<RempartDbContext>(options => Configure(options, settings));
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<RempartDbContext>>().CreateDbContext());
        services.AddTransient<MigrateDatabase>();
        services.AddTransient<DemoData.SeedDemoData>();
        services.AddTransient<Dashboard.GetProgrammeFigures>();
        services.AddTransient<Accounts.SignInFailures>();
        services.AddTransient<Accounts.SaveExtranetGroup>();
        services.AddTransient<Accounts.RememberCaptcha>();
        services.AddTransient<Organisations.SaveOrganisation>();
        services.Configure<Places.PlaceOptions>(configuration.GetSection(Places.PlaceOptions.Section));
        services.AddTransient<Places.HoldPlace>();
        services.AddTransient<Places.ConfirmRegistration>();
        services.AddTransient<Places.SaveAllocations>();
        services.AddTransient<Places.ReleaseDueAllocations>();
        services.AddTransient<Places.ExpireHolds>();
        services.AddTransient<Places.GetSessionPlaces>();
        services.AddTransient<Places.GetOrganisationPlaces>();
        services.AddTransient<Places.RegisterVolunteer>();
        services.AddTransient<Places.JoinWaitingList>();
        services.AddTransient<Places.OfferFreedPlaces>();
        services.AddTransient<Places.AnswerOffer>();
        services.AddTransient<Places.ReorderWaitingList>();
        services.AddTransient<Registrations.ChangeRegistrationStage>();
        services.AddTransient<Registrations.CreatePreRegistration>();
        services.AddTransient<Registrations.GetRegistrationContacts>();
        services.AddTransient<Mail.MailTemplates>();
        services.AddTransient<Mail.Unsubscriptions>();
        services.AddTransient<Mail.FindCampaignAudience>();
        services.AddTransient<Mail.CampaignOutbox>();
        services.AddTransient<Mail.ReadCampaigns>();
        services.AddTransient<Mail.ListPreviewRegistrations>();
        services.Configure<Messaging.MessagingOptions>(configuration.GetSection(Messaging.MessagingOptions.Section));
        services.AddTransient<Messaging.MessageFiles>();
        services.AddTransient<Messaging.ListConversations>();
        services.AddTransient<Messaging.CountUnreadMessages>();
        services.AddTransient<Messaging.ReadConversation>();
        services.AddTransient<Messaging.PostMessage>();
        services.AddTransient<Messaging.StartConversation>();
        services.AddTransient<Messaging.StartAnnouncement>();
        services.AddTransient<Messaging.ListMessageContacts>();
        services.AddTransient<Messaging.OpenMessageAttachment>();
        services.Configure<Documents.DocumentOptions>(configuration.GetSection(Documents.DocumentOptions.Section));
        services.AddTransient<Documents.DocumentFiles>();
        // The search index follows the database: PostgreSQL's own (shared by several servers), or FTS5 in the data folder.
        // Made when first asked for: the FTS5 file is created then, not while services are registered.
        services.AddSingleton<Documents.IDocumentSearchIndex>(_ => settings.Provider == DatabaseProvider.Postgres
            ? new Documents.PostgresDocumentIndex(settings) : new Documents.DocumentSearchIndex(storage));
        services.AddTransient<Documents.ExtractDocumentText>();
        services.AddTransient<Documents.IndexDocuments>();
        services.AddTransient<Documents.ListFolders>();
        services.AddTransient<Documents.ReadFolder>();
        services.AddTransient<Documents.SaveFolder>();
        services.AddTransient<Documents.DeleteFolder>();
        services.AddTransient<Documents.AddDocuments>();
        services.AddTransient<Documents.GetDocument>();
        services.AddTransient<Documents.UpdateDocument>();
        services.AddTransient<Documents.ReplaceDocumentFile>();
        services.AddTransient<Documents.DeleteDocument>();
        services.AddTransient<Documents.OpenDocumentFile>();
        services.AddTransient<Documents.ArchiveDueDocuments>();
        services.AddTransient<Documents.SearchDocuments>();
        services.AddTransient<Documents.ListGrantees>();
        services.AddTransient<Search.SearchProgramme>();
        services.AddTransient<Extranet.ExtranetPages>();
        services.AddTransient<Extranet.ExtranetCalendar>();
        services.AddTransient<Extranet.CalendarFeeds>();
        services.AddTransient<Extranet.ClaimEventReminders>();
        services.AddTransient<PublicApi.ApiKeys>();
        services.AddTransient<PublicApi.ReadPublicSessions>();
        services.AddTransient<PublicApi.ReadPublicWorksites>();
        services.AddTransient<PublicApi.ApiIdempotency>();
        services.AddTransient<Website.DetectWebsiteChanges>();
        services.AddTransient<Website.WebsiteQueue>();
        services.AddTransient<Website.WebhookSubscriptions>();
        services.AddTransient<Website.WebhookOutbox>();
        services.AddTransient<Registrations.ListRegistrations>();
        services.AddTransient<Registrations.GetRegistration>();
        services.AddTransient<Registrations.GetMyRegistrations>();
        services.AddTransient<Registrations.GetSessionToJoin>();
        services.Configure<Registrations.RegistrationOptions>(configuration.GetSection(Registrations.RegistrationOptions.Section));
        services.Configure<Invoicing.InvoicingOptions>(configuration.GetSection(Invoicing.InvoicingOptions.Section));
        services.Configure<Exports.ExportOptions>(configuration.GetSection(Exports.ExportOptions.Section));
        services.Configure<Accounting.AccountingOptions>(configuration.GetSection(Accounting.AccountingOptions.Section));
        services.AddTransient<Registrations.AdvanceRegistration>();
        services.AddTransient<Registrations.GetRegistrationFile>();
        services.AddTransient<Registrations.SaveRegistrationFile>();
        services.AddTransient<Registrations.AddRegistrationDocument>();
        services.AddTransient<Registrations.ReviewRegistrationDocument>();
        services.AddTransient<Registrations.OpenRegistrationDocument>();
        services.AddTransient<Registrations.PurgeHealthForms>();
        services.AddTransient<Registrations.ChasePayments>();
        services.AddTransient<PersonalData.ExportPersonalData>();
        services.AddTransient<PersonalData.RequestDeletion>();
        services.AddTransient<PersonalData.AnonymisePerson>();
        services.AddTransient<Pricing.ReadPricingFacts>();
        services.AddTransient<Pricing.PricingCatalogue>();
        services.AddTransient<Pricing.SimulateBasket>();
        services.AddTransient<Invoicing.IssueInvoice>();
        services.AddTransient<Invoicing.IssueCreditNote>();
        services.AddTransient<Invoicing.PlaceOrder>();
        services.AddTransient<Invoicing.GetRegistrationOrder>();
        services.AddTransient<Invoicing.GetInvoiceDocument>();
        services.AddTransient<Invoicing.GetOrderSummary>();
        services.AddTransient<Invoicing.ListInvoices>();
        services.AddTransient<Invoicing.ListOrders>();
        services.AddTransient<Payments.SettleOrder>();
        services.AddTransient<Payments.RecordPayment>();
        services.AddTransient<Payments.OpenOnlinePayment>();
        services.AddTransient<Payments.TrackOnlinePayment>();
        services.AddTransient<Payments.ApplyProviderStatus>();
        services.AddTransient<Payments.RefundPayment>();
        services.AddTransient<Payments.ApplyRefundStatus>();
        services.AddTransient<Payments.GetPaymentReceipt>();
        services.AddTransient<Exports.ExportFiles>();
        services.AddTransient<Accounting.ReadMovements>();
        services.AddTransient<Accounting.ReadFinanceDashboard>();
        services.AddTransient<Insurance.ListInsured>();
        services.AddTransient<Places.AllocationGrid>();
        services.AddTransient<Places.GetFillRates>();
        services.AddTransient<Audit.WriteAudit>();
        services.AddProgrammeOperations(configuration);
        return services;
    }

    /// <summary>
    /// The provider, and the model compiled ahead for it (CompiledModels/, written by
    /// scripts/compile-model.sh): building the model from the entity configurations takes about a
    /// second of every start. <paramref name="compiledModel"/> is off only to build the model the slow
    /// way, to compile it or to check the compiled one against it (CompiledModelTests).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings, bool compiledModel = true)
    {
        _ = settings.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString).AddInterceptors(Search.TextFold.SqliteFunctions.Instance),
            DatabaseProvider.Postgres => options.UseNpgsql(settings.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(settings)),
        };
        if (compiledModel)
            options.UseModel(settings.Provider == DatabaseProvider.Postgres
                ? CompiledModels.Postgres.RempartDbContextModel.Instance
                : CompiledModels.Sqlite.RempartDbContextModel.Instance);
        // Migrations are hand-written without a model snapshot (EF's design tools did not restore here
        // when they began), so EF cannot compare the model to a snapshot; MigrationsMatchModel tests guard it instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
