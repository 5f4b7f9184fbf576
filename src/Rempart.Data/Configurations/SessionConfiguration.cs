using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Programming;

namespace Rempart.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.Ignore(s => s.Season);
        builder.Property(s => s.PracticalInformation).HasMaxLength(4000);
        builder.Property(s => s.RequiredCertificate).HasMaxLength(200);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Worksite>().WithMany().HasForeignKey(s => s.WorksiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Leaders).WithOne().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        // The calendar and the public programme both ask "what runs between these dates".
        builder.HasIndex(s => new { s.StartDate, s.EndDate });
    }
}
