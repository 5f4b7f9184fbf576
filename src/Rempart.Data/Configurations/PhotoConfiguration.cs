using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Programming;

namespace Rempart.Data.Configurations;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.ToTable("Photos");
        builder.Property(p => p.StoredName).HasMaxLength(80);
        builder.Property(p => p.ContentType).HasMaxLength(40);
        builder.Property(p => p.AltText).HasMaxLength(PhotoRules.MaxAltLength);
        builder.HasIndex(p => new { p.OwnerKind, p.OwnerId, p.Position });
    }
}
