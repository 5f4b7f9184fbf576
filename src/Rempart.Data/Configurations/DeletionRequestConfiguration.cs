using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Data.Accounts;
using Rempart.Domain.PersonalData;

namespace Rempart.Data.Configurations;

internal sealed class DeletionRequestConfiguration : IEntityTypeConfiguration<DeletionRequest>
{
    public void Configure(EntityTypeBuilder<DeletionRequest> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.HandledBy).HasMaxLength(200);
        builder.HasOne<RempartUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.UserId, r.HandledAt });
    }
}
