using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Data.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.Configurations;

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RempartRole>().WithMany().HasForeignKey(a => a.ProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.SessionId);
        builder.HasIndex(a => a.OrganisationId);
        // The release job looks for due, unreleased allocations.
        builder.HasIndex(a => new { a.ReleasedAt, a.ReleaseDate });
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.HasOne<Session>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(r => r.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Allocation>().WithMany().HasForeignKey(r => r.AllocationId).OnDelete(DeleteBehavior.Restrict);
        // Counting a session's places reads exactly this index.
        builder.HasIndex(r => new { r.SessionId, r.Status, r.HeldUntil });
        builder.HasIndex(r => r.VolunteerId);
        builder.HasIndex(r => r.AllocationId);
        builder.Property(r => r.Motivation).HasMaxLength(4000);
        builder.Property(r => r.GuardianName).HasMaxLength(200);
        // Review lists read registrations by stage, newest first; a search there keeps those whose
        // volunteer or session it found, which the index holds too, so no row is read to decide.
        builder.HasIndex(r => new { r.Stage, r.CreatedAt, r.VolunteerId, r.SessionId });
        builder.HasIndex(r => r.RegisteredBy);
        // The payment job reads registrations awaiting payment by their deadline.
        builder.HasIndex(r => new { r.Stage, r.PaymentDueAt });
    }
}

internal sealed class RegistrationDocumentConfiguration : IEntityTypeConfiguration<RegistrationDocument>
{
    public void Configure(EntityTypeBuilder<RegistrationDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.StoredName).HasMaxLength(100);
        builder.Property(d => d.ReviewNote).HasMaxLength(500);
        builder.Property(d => d.ReviewedBy).HasMaxLength(200);
        builder.HasOne<Registration>().WithMany().HasForeignKey(d => d.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.RegistrationId, d.Kind });
    }
}

internal sealed class RegistrationHistoryConfiguration : IEntityTypeConfiguration<RegistrationHistoryEntry>
{
    public void Configure(EntityTypeBuilder<RegistrationHistoryEntry> builder)
    {
        builder.ToTable("RegistrationHistory");
        builder.Property(e => e.By).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasOne<Registration>().WithMany().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.RegistrationId, e.At });
    }
}

internal sealed class SessionEventConfiguration : IEntityTypeConfiguration<SessionEvent>
{
    public void Configure(EntityTypeBuilder<SessionEvent> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(1000);
        builder.Property(e => e.By).HasMaxLength(200);
        builder.HasOne<Session>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.SessionId, e.At });
    }
}

internal sealed class WaitingListEntryConfiguration : IEntityTypeConfiguration<WaitingListEntry>
{
    public void Configure(EntityTypeBuilder<WaitingListEntry> builder)
    {
        builder.ToTable("WaitingList");
        builder.Property(e => e.OfferTokenHash).HasMaxLength(64);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.HasOne<Session>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Allocation>().WithMany().HasForeignKey(e => e.AllocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Registration>().WithMany().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.SessionId, e.Status, e.Position });
        builder.HasIndex(e => new { e.Status, e.OfferExpiresAt });
        builder.HasIndex(e => e.VolunteerId);
        builder.HasIndex(e => e.AllocationId);
        builder.HasIndex(e => e.RegistrationId);
    }
}
