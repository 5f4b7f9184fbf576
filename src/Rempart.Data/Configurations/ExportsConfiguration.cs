using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Exports;

namespace Rempart.Data.Configurations;

internal sealed class ExportFileConfiguration : IEntityTypeConfiguration<ExportFile>
{
    public void Configure(EntityTypeBuilder<ExportFile> builder)
    {
        builder.Property(e => e.List).HasMaxLength(40);
        builder.Property(e => e.Format).HasMaxLength(10);
        builder.Property(e => e.Query).HasMaxLength(1000);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.StoredName).HasMaxLength(100);
        builder.Property(e => e.Error).HasMaxLength(500);
        builder.HasIndex(e => new { e.OwnerId, e.CreatedAt });
        builder.HasIndex(e => e.Status);
    }
}
