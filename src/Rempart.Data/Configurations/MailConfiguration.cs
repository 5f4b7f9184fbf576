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
