using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>A reminder to send: whose registration, and the new deadline.</summary>
public sealed record PaymentReminder(Guid RegistrationId, DateTime DueAt);

/// <summary>What one pass did: reminders to mail, and registrations released (their stage change to mail).</summary>
public sealed record PaymentChase(IReadOnlyList<PaymentReminder> Reminders, IReadOnlyList<StageMove> Released);

/// <summary>
/// Registrations awaiting payment: Registrations:PaymentReminderDays before the deadline a reminder
/// goes (once); past the deadline, and only after a reminder, the registration is cancelled by
/// Rempart and its place returns to the waiting list. A reminder sent late (the job was stopped)
/// moves the deadline, so that nobody loses their place without the reminder's days to pay. A
/// registration with a payment under way or partly paid keeps its place.
/// </summary>
public sealed class ChasePayments(IDbContextFactory<RempartDbContext> contexts, ChangeRegistrationStage change, IOptions<RegistrationOptions> options, TimeProvider clock)
{
    public async Task<PaymentChase> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reminderDays = options.Value.PaymentReminderDays;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var remindFrom = now.AddDays(reminderDays);
        var toRemind = await db.Registrations
            .Where(r => r.Stage == RegistrationStage.AwaitingPayment && r.PaymentReminderSentAt == null && r.PaymentDueAt <= remindFrom)
            .ToListAsync(cancellationToken);
        foreach (var registration in toRemind)
        {
            registration.PaymentReminderSentAt = now;
            if (registration.PaymentDueAt < remindFrom) registration.PaymentDueAt = remindFrom;
        }
        await db.SaveChangesAsync(cancellationToken);

        // A payment under way (the payer is at the provider's page, or the bank has not answered) or a
        // part already paid holds the place: the reconciliation settles the first, staff the second.
        var started = from o in db.Orders
                      where o.ReplacedAt == null
                      join p in db.Payments on o.Id equals p.OrderId
                      where p.Status == PaymentStatus.Open || p.Status == PaymentStatus.Paid
                      select o.RegistrationId;
        var due = await db.Registrations
            .Where(r => r.Stage == RegistrationStage.AwaitingPayment && r.PaymentReminderSentAt != null && r.PaymentDueAt <= now && !started.Contains(r.Id))
            .Select(r => new { r.Id, r.PaymentDueAt }).ToListAsync(cancellationToken);
        var released = new List<StageMove>();
        foreach (var registration in due)
        {
            var reason = $"Paiement non reçu avant le {registration.PaymentDueAt!.Value.ToLocalTime():dd/MM/yyyy} : la place est libérée.";
            if ((await change.ExecuteAsync(registration.Id, RegistrationStage.CancelledByStaff, Actor.Rempart, reason, cancellationToken)).Move is { } move)
                released.Add(move);
        }
        return new PaymentChase(toRemind.Select(r => new PaymentReminder(r.Id, r.PaymentDueAt!.Value)).ToList(), released);
    }
}
