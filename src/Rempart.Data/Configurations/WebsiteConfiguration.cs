using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Website;

namespace Rempart.Data.Configurations;

internal sealed class WebsiteItemConfiguration : IEntityTypeConfiguration<WebsiteItem>
{
    public void Configure(EntityTypeBuilder<WebsiteItem> builder)
    {
        builder.HasKey(i => new { i.Kind, i.EntityId });
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.LastError).HasMaxLength(1000);
        builder.HasIndex(i => new { i.State, i.NextAttemptAt });
    }
}

internal sealed class WebsiteMediaConfiguration : IEntityTypeConfiguration<WebsiteMedia>
{
    public void Configure(EntityTypeBuilder<WebsiteMedia> builder) => builder.HasKey(m => m.PhotoId);
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Url).HasMaxLength(500);
        builder.Property(s => s.Events).HasMaxLength(300);
        builder.Property(s => s.Secret).HasMaxLength(100);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.Event).HasMaxLength(60);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
    }
}
