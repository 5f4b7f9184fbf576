using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Data.Accounts;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.Configurations;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("Volunteers");
        builder.Property(v => v.FirstName).HasMaxLength(100);
        builder.Property(v => v.LastName).HasMaxLength(100);
        builder.Property(v => v.Email).HasMaxLength(256);
        builder.Property(v => v.Phone).HasMaxLength(40);
        builder.Property(v => v.Commune).HasMaxLength(120);
        builder.Property(v => v.Address).HasMaxLength(300);
        builder.Property(v => v.PostalCode).HasMaxLength(20);
        builder.Property(v => v.EmergencyContactName).HasMaxLength(200);
        builder.Property(v => v.EmergencyContactPhone).HasMaxLength(40);
        builder.Property(v => v.Diet).HasMaxLength(300);
        builder.Property(v => v.Languages).HasMaxLength(300);
        builder.Property(v => v.Skills).HasMaxLength(1000);
        builder.Property(v => v.Country).HasMaxLength(80);
        builder.HasIndex(v => v.Email);
        builder.HasIndex(v => new { v.LastName, v.FirstName });
        builder.HasOne<RempartUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
