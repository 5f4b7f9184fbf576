using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Documents;
using Rempart.Domain.Exports;
using Rempart.Domain.Extranet;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Mail;
using Rempart.Domain.Messaging;
using Rempart.Domain.Payments;
using Rempart.Domain.Organisations;
using Rempart.Domain.PersonalData;
using Rempart.Domain.Places;
using Rempart.Domain.Pricing;
using Rempart.Domain.PublicApi;
using Rempart.Domain.Registrations;
using Rempart.Domain.Website;
using Rempart.Domain.Programming;
using Rempart.Domain.Volunteers;

namespace Rempart.Data;

/// <summary>
/// The application's database, SQLite or PostgreSQL. Changed only through the hand-written
/// migrations in Migrations/ (see docs/decisions/0002-hand-written-migrations.md), applied at
/// start-up and by "Rempart.Web migrate". In interactive components, create one per operation
/// from IDbContextFactory.
/// </summary>
public sealed class RempartDbContext(DbContextOptions<RempartDbContext> options)
    : IdentityDbContext<RempartUser, RempartRole, Guid, IdentityUserClaim<Guid>, IdentityUserRole<Guid>, IdentityUserLogin<Guid>,
        IdentityRoleClaim<Guid>, IdentityUserToken<Guid>, IdentityUserPasskey<Guid>>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Worksite> Worksites => Set<Worksite>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<Leader> Leaders => Set<Leader>();
    public DbSet<SessionLeader> SessionLeaders => Set<SessionLeader>();
    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ExtranetGroup> ExtranetGroups => Set<ExtranetGroup>();
    public DbSet<ExtranetGroupMember> ExtranetGroupMembers => Set<ExtranetGroupMember>();
    public DbSet<ManagedAccount> ManagedAccounts => Set<ManagedAccount>();
    public DbSet<UsedCaptcha> UsedCaptchas => Set<UsedCaptcha>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<SessionEvent> SessionEvents => Set<SessionEvent>();
    public DbSet<WaitingListEntry> WaitingList => Set<WaitingListEntry>();
    public DbSet<RegistrationHistoryEntry> RegistrationHistory => Set<RegistrationHistoryEntry>();
    public DbSet<RegistrationDocument> RegistrationDocuments => Set<RegistrationDocument>();
    public DbSet<DeletionRequest> DeletionRequests => Set<DeletionRequest>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<PriceRule> PriceRules => Set<PriceRule>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<ExportFile> ExportFiles => Set<ExportFile>();
    public DbSet<MailTemplate> MailTemplates => Set<MailTemplate>();
    public DbSet<Unsubscription> Unsubscriptions => Set<Unsubscription>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignRecipient> CampaignRecipients => Set<CampaignRecipient>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();
    public DbSet<ConversationRead> ConversationReads => Set<ConversationRead>();
    public DbSet<Folder> Folders => Set<Folder>();
    public DbSet<FolderGrant> FolderGrants => Set<FolderGrant>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<ExtranetPage> ExtranetPages => Set<ExtranetPage>();
    public DbSet<ExtranetPageGroup> ExtranetPageGroups => Set<ExtranetPageGroup>();
    public DbSet<CalendarEvent> CalendarEvents => Set<CalendarEvent>();
    public DbSet<CalendarEventGroup> CalendarEventGroups => Set<CalendarEventGroup>();
    public DbSet<CalendarEventChange> CalendarEventChanges => Set<CalendarEventChange>();
    public DbSet<EventAttribute> EventAttributes => Set<EventAttribute>();
    public DbSet<EventAttributeValue> EventAttributeValues => Set<EventAttributeValue>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<CalendarReminder> CalendarReminders => Set<CalendarReminder>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ApiIdempotentRequest> ApiIdempotentRequests => Set<ApiIdempotentRequest>();
    public DbSet<WebsiteItem> WebsiteItems => Set<WebsiteItem>();
    public DbSet<WebsiteMedia> WebsiteMedia => Set<WebsiteMedia>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Passkeys, as Identity's schema version 3 maps them. Identity picks its schema version from
        // IdentityOptions at model building, which contexts built without the app's services (the
        // migrations check, the tests) do not see: mapping the table here gives every context one model.
        builder.Entity<IdentityUserPasskey<Guid>>(b =>
        {
            b.HasKey(p => p.CredentialId);
            b.ToTable("AspNetUserPasskeys");
            b.Property(p => p.CredentialId).HasMaxLength(1024);
            b.OwnsOne(p => p.Data).ToJson();
            b.HasOne<RempartUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired();
        });
        builder.ApplyConfigurationsFromAssembly(typeof(RempartDbContext).Assembly);
        Search.TextFold.Map(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ProviderConventions.Apply(configurationBuilder);
    }
}
