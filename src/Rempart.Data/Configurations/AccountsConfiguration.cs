using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Configurations;

internal sealed class RempartRoleConfiguration : IEntityTypeConfiguration<RempartRole>
{
    public void Configure(EntityTypeBuilder<RempartRole> builder)
    {
        builder.Property(r => r.Description).HasMaxLength(500);
        builder.Property(r => r.BuiltInKey).HasMaxLength(40);
        builder.HasIndex(r => r.BuiltInKey).IsUnique();
    }
}

internal sealed class ExtranetGroupConfiguration : IEntityTypeConfiguration<ExtranetGroup>
{
    public void Configure(EntityTypeBuilder<ExtranetGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(ExtranetGroup.NameMaxLength);
        builder.Property(g => g.Description).HasMaxLength(500);
        builder.HasIndex(g => g.Name).IsUnique();
    }
}

internal sealed class ExtranetGroupMemberConfiguration : IEntityTypeConfiguration<ExtranetGroupMember>
{
    public void Configure(EntityTypeBuilder<ExtranetGroupMember> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.UserId });
        builder.HasOne<ExtranetGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RempartUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class ManagedAccountConfiguration : IEntityTypeConfiguration<ManagedAccount>
{
    public void Configure(EntityTypeBuilder<ManagedAccount> builder)
    {
        builder.HasKey(m => new { m.ManagerId, m.ManagedId });
        builder.HasOne<RempartUser>().WithMany().HasForeignKey(m => m.ManagerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RempartUser>().WithMany().HasForeignKey(m => m.ManagedId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ManagedId);
    }
}

internal sealed class UsedCaptchaConfiguration : IEntityTypeConfiguration<UsedCaptcha>
{
    public void Configure(EntityTypeBuilder<UsedCaptcha> builder)
    {
        builder.HasKey(c => c.Challenge);
        builder.Property(c => c.Challenge).HasMaxLength(128);
        builder.HasIndex(c => c.ExpiresAt);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.Property(k => k.FriendlyName).HasMaxLength(200);
}
