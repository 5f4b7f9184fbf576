using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Mail;

namespace Rempart.Data.Configurations;

internal sealed class MailTemplateConfiguration : IEntityTypeConfiguration<MailTemplate>
{
    public void Configure(EntityTypeBuilder<MailTemplate> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(80);
        builder.Property(t => t.Subject).HasMaxLength(MailTemplateRules.MaximumSubject);
    }
}

internal sealed class UnsubscriptionConfiguration : IEntityTypeConfiguration<Unsubscription>
{
    public void Configure(EntityTypeBuilder<Unsubscription> builder)
    {
        builder.HasKey(u => u.Email);
        builder.Property(u => u.Email).HasMaxLength(256);
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(120);
        builder.Property(c => c.Subject).HasMaxLength(MailTemplateRules.MaximumSubject);
        builder.Property(c => c.Audience).HasMaxLength(500);
        builder.HasIndex(c => new { c.Status, c.SendAt });
    }
}

internal sealed class CampaignRecipientConfiguration : IEntityTypeConfiguration<CampaignRecipient>
{
    public void Configure(EntityTypeBuilder<CampaignRecipient> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.FirstName).HasMaxLength(100);
        builder.Property(r => r.FullName).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(500);
        builder.HasIndex(r => new { r.CampaignId, r.Email }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.NextAttemptAt });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
