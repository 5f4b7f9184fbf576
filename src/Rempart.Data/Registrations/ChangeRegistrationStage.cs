using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Places;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>A change made: the registration's new stage and the line of history kept for it.</summary>
public sealed record StageMove(Guid RegistrationId, RegistrationStage From, RegistrationStage To, string? Reason);

/// <summary>
/// Moves a registration along its lifecycle, for whoever asks: the domain decides whether the asker,
/// in one of their roles on this registration, may make this change now (<see cref="RegistrationAccess"/>,
/// <see cref="RegistrationLifecycle"/>). Entering a stage that keeps a place takes one under the
/// session's lock, so acceptances never overbook; leaving one gives it back to the waiting list.
/// Every change is kept in the registration's history and the session's.
/// </summary>
public sealed class ChangeRegistrationStage(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed, IOptions<RegistrationOptions> options)
{
    public async Task<(StageMove? Move, string? Refusal)> ExecuteAsync(Guid registrationId, RegistrationStage to, Actor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessionId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => (Guid?)r.SessionId).FirstOrDefaultAsync(cancellationToken);
        if (sessionId is null) return (null, "Cette inscription n'existe pas.");

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PlaceLedger.LockSessionAsync(db, sessionId.Value, cancellationToken);
        if (await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken) is not { } scope) return (null, "Cette inscription n'existe pas.");
        var (registration, session, parties) = (scope.Registration, scope.Session, scope.Parties);

        var facts = await RegistrationFactsQuery.ForAsync(db, registration, session, now, cancellationToken);
        var (role, refusal) = RegistrationAccess.RoleFor(actor, parties, registration.Stage, to, facts, reason);
        if (role is null) return (null, refusal);

        var from = registration.Stage;
        var keepsNow = registration.TakesAPlace(now);
        if (RegistrationLifecycle.KeepAPlace.Contains(to) && !keepsNow)
        {
            var (allocations, openPoolUsed) = await PlaceLedger.UsesAsync(db, registration.SessionId, now, registration.Id, cancellationToken);
            if (PlaceRules.CanTake(session.Capacity, allocations, openPoolUsed, registration.AllocationId) is { } full)
                return (null, PlaceRules.Describe(full) + " Libérez une place ou agrandissez la session avant d'accepter.");
        }
        var status = RegistrationLifecycle.PlaceAfter(to, registration.Status);
        db.RegistrationHistory.Add(registration.Enter(to, status, now, actor.Name, actor.UserId, reason, registration.HeldUntil));
        // The payment delay starts when payment is asked, and ends with the stage.
        registration.PaymentDueAt = to == RegistrationStage.AwaitingPayment ? now.AddDays(options.Value.PaymentDays) : null;
        registration.PaymentReminderSentAt = null;
        var name = await db.Volunteers.Where(v => v.Id == registration.VolunteerId).Select(v => v.FirstName + " " + v.LastName).FirstAsync(cancellationToken);
        db.SessionEvents.Add(new SessionEvent
        {
            SessionId = registration.SessionId, At = now, By = actor.Name,
            Text = $"Inscription de {name} : {RegistrationLifecycle.Label(to)}" + (string.IsNullOrWhiteSpace(reason) ? "." : $" ({reason.Trim()})."),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (keepsNow != registration.TakesAPlace(now)) feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, registration.SessionId, actor.Name));
        return (new StageMove(registration.Id, from, to, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), null);
    }
}
