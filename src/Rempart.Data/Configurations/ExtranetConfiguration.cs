using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Extranet;

namespace Rempart.Data.Configurations;

internal sealed class ExtranetPageConfiguration : IEntityTypeConfiguration<ExtranetPage>
{
    public void Configure(EntityTypeBuilder<ExtranetPage> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(ExtranetPage.MaximumTitle);
        builder.Property(p => p.Slug).HasMaxLength(160);
        builder.Property(p => p.UpdatedBy).HasMaxLength(200);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.ParentId);
        builder.HasOne<ExtranetPage>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExtranetPageGroupConfiguration : IEntityTypeConfiguration<ExtranetPageGroup>
{
    public void Configure(EntityTypeBuilder<ExtranetPageGroup> builder)
    {
        builder.HasKey(g => new { g.PageId, g.GroupId });
        builder.HasOne<ExtranetPage>().WithMany().HasForeignKey(g => g.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarEventConfiguration : IEntityTypeConfiguration<CalendarEvent>
{
    public void Configure(EntityTypeBuilder<CalendarEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(CalendarEvent.MaximumTitle);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.Weekdays).HasMaxLength(40);
        builder.Property(e => e.UpdatedBy).HasMaxLength(200);
        builder.Ignore(e => e.Recurrence);
        builder.HasIndex(e => e.Start);
    }
}

internal sealed class CalendarEventGroupConfiguration : IEntityTypeConfiguration<CalendarEventGroup>
{
    public void Configure(EntityTypeBuilder<CalendarEventGroup> builder)
    {
        builder.HasKey(g => new { g.EventId, g.GroupId });
        builder.HasOne<CalendarEvent>().WithMany().HasForeignKey(g => g.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarEventChangeConfiguration : IEntityTypeConfiguration<CalendarEventChange>
{
    public void Configure(EntityTypeBuilder<CalendarEventChange> builder)
    {
        builder.HasKey(c => new { c.EventId, c.OriginalDate });
        builder.HasOne<CalendarEvent>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventAttributeConfiguration : IEntityTypeConfiguration<EventAttribute>
{
    public void Configure(EntityTypeBuilder<EventAttribute> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(80);
        builder.Property(a => a.Choices).HasMaxLength(2000);
        builder.Ignore(a => a.ChoiceList);
    }
}

internal sealed class EventAttributeValueConfiguration : IEntityTypeConfiguration<EventAttributeValue>
{
    public void Configure(EntityTypeBuilder<EventAttributeValue> builder)
    {
        builder.HasKey(v => new { v.EventId, v.AttributeId });
        builder.Property(v => v.Value).HasMaxLength(500);
        builder.HasOne<CalendarEvent>().WithMany().HasForeignKey(v => v.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<EventAttribute>().WithMany().HasForeignKey(v => v.AttributeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(f => f.UserId);
        builder.Property(f => f.Token).HasMaxLength(64);
        builder.HasIndex(f => f.Token).IsUnique();
    }
}

internal sealed class CalendarReminderConfiguration : IEntityTypeConfiguration<CalendarReminder>
{
    public void Configure(EntityTypeBuilder<CalendarReminder> builder)
    {
        builder.HasKey(r => new { r.EventId, r.OccurrenceDate });
        builder.HasOne<CalendarEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
