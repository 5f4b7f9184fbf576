using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Places;

namespace Rempart.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Total).HasPrecision(10, 2);
        builder.Property(o => o.BilledTo).HasMaxLength(200);
        builder.Property(o => o.BilledAddress).HasMaxLength(500);
        builder.Ignore(o => o.Donations);
        builder.Ignore(o => o.Invoiced);
        builder.HasOne<Registration>().WithMany().HasForeignKey(o => o.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.RegistrationId);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.Property(l => l.Label).HasMaxLength(120);
        builder.Property(l => l.Why).HasMaxLength(500);
        builder.Property(l => l.Amount).HasPrecision(10, 2);
        builder.Property(l => l.Account).HasMaxLength(20);
        builder.HasIndex(l => l.OrderId);
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(30);
        builder.Property(i => i.Total).HasPrecision(10, 2);
        builder.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CreditsInvoiceId).OnDelete(DeleteBehavior.Restrict);
        // The database itself refuses a number given twice.
        builder.HasIndex(i => new { i.Kind, i.Year, i.Sequence }).IsUnique();
        builder.HasIndex(i => i.OrderId);
        builder.HasIndex(i => i.CreditsInvoiceId);
    }
}

internal sealed class InvoiceCounterConfiguration : IEntityTypeConfiguration<InvoiceCounter>
{
    public void Configure(EntityTypeBuilder<InvoiceCounter> builder) => builder.HasKey(c => new { c.Kind, c.Year });
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(10, 2);
        builder.Property(p => p.PayerName).HasMaxLength(200);
        builder.Property(p => p.Reference).HasMaxLength(200);
        builder.Property(p => p.ProviderId).HasMaxLength(64);
        builder.Property(p => p.CheckoutUrl).HasMaxLength(500);
        builder.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OrderId);
        // A provider's payment is applied to one row only, whoever reports it.
        builder.HasIndex(p => p.ProviderId).IsUnique();
        builder.HasIndex(p => p.Status);
    }
}

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.Property(r => r.Amount).HasPrecision(10, 2);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.ProviderId).HasMaxLength(64);
        builder.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(r => r.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PaymentId);
        builder.HasIndex(r => r.CreditNoteId);
    }
}
