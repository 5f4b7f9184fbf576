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
        builder.Ignore(s => s.Nights);
        builder.HasOne<Worksite>().WithMany().HasForeignKey(s => s.WorksiteId).OnDelete(DeleteBehavior.Restrict);
        // The calendar and the public programme both ask "what runs between these dates".
        builder.HasIndex(s => new { s.StartDate, s.EndDate });
    }
}
