using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Pricing;
using Rempart.Domain.Programming;

namespace Rempart.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(120);
        builder.Property(p => p.ChoiceGroup).HasMaxLength(80);
        builder.Property(p => p.MinimumAmount).HasPrecision(10, 2);
        builder.Property(p => p.Account).HasMaxLength(20);
        builder.Property(p => p.MaximumAmount).HasPrecision(10, 2);
        builder.HasOne<Session>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.SessionId);
    }
}

internal sealed class PriceRuleConfiguration : IEntityTypeConfiguration<PriceRule>
{
    public void Configure(EntityTypeBuilder<PriceRule> builder)
    {
        builder.Property(r => r.Label).HasMaxLength(120);
        builder.Property(r => r.Price).HasPrecision(10, 2);
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Session>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ProductId);
        builder.HasIndex(r => r.SessionId);
    }
}
