using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Data.Accounts;
using Rempart.Domain.Organisations;

namespace Rempart.Data.Configurations;

internal sealed class RempartUserConfiguration : IEntityTypeConfiguration<RempartUser>
{
    public void Configure(EntityTypeBuilder<RempartUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
