using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Programming;

namespace Rempart.Data.Configurations;

internal sealed class SessionLeaderConfiguration : IEntityTypeConfiguration<SessionLeader>
{
    public void Configure(EntityTypeBuilder<SessionLeader> builder)
    {
        builder.ToTable("SessionLeaders");
        builder.HasKey(l => new { l.SessionId, l.LeaderId });
        // A leader who still leads sessions cannot be deleted; the date control looks sessions up by leader.
        builder.HasOne<Leader>().WithMany().HasForeignKey(l => l.LeaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
