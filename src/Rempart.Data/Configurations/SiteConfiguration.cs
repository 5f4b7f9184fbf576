using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;

namespace Rempart.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("Sites");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.Commune).HasMaxLength(120);
        builder.Property(s => s.Postcode).HasMaxLength(12);
        builder.Property(s => s.Departement).HasMaxLength(80);
        builder.Property(s => s.Region).HasMaxLength(80);
        builder.Property(s => s.Country).HasMaxLength(80);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Name);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
