using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>
/// Rempart's own step: once a registration's file is complete (form sent, documents accepted,
/// consents given), it moves on by itself, to payment, or straight to confirmed when there is
/// nothing to pay; awaiting payment, it is confirmed once its order is paid or costs nothing.
/// Called after each thing that can complete a file or settle an order; does nothing otherwise.
/// </summary>
public sealed class AdvanceRegistration(IDbContextFactory<RempartDbContext> contexts, ChangeRegistrationStage change, TimeProvider clock)
{
    public async Task<StageMove?> ExecuteAsync(Guid registrationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await RegistrationScope.LoadAsync(db, registrationId, Actor.Rempart, cancellationToken);
        if (scope is null || !(scope.FileOpen || scope.Registration.Stage == RegistrationStage.AwaitingPayment)) return null;
        var facts = await RegistrationFactsQuery.ForAsync(db, scope.Registration, scope.Session, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (!facts.DocumentsComplete) return null;
        var to = facts.NothingToPay || facts.Paid ? RegistrationStage.Confirmed : RegistrationStage.AwaitingPayment;
        if (to == scope.Registration.Stage) return null;
        return (await change.ExecuteAsync(registrationId, to, Actor.Rempart, null, cancellationToken)).Move;
    }
}
