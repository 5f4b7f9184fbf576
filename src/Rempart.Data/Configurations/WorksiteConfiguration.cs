using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;

namespace Rempart.Data.Configurations;

internal sealed class WorksiteConfiguration : IEntityTypeConfiguration<Worksite>
{
    public void Configure(EntityTypeBuilder<Worksite> builder)
    {
        builder.ToTable("Worksites");
        builder.Property(w => w.Title).HasMaxLength(200);
        builder.Property(w => w.Techniques).HasMaxLength(400);
        builder.Property(w => w.Languages).HasMaxLength(200);
        builder.Property(w => w.Accommodation).HasMaxLength(1000);
        builder.Property(w => w.Description).HasMaxLength(4000);
        builder.Property(w => w.UpdatedBy).HasMaxLength(256);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => w.Title);
        builder.HasOne<Site>().WithMany().HasForeignKey(w => w.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(w => w.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}
