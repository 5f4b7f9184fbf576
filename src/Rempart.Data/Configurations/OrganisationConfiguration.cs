using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Organisations;

namespace Rempart.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Commune).HasMaxLength(120);
        builder.Property(o => o.Departement).HasMaxLength(80);
        builder.Property(o => o.Country).HasMaxLength(80);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}
