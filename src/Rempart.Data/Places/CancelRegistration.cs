using Microsoft.EntityFrameworkCore;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;

namespace Rempart.Data.Places;

/// <summary>
/// Cancels a registration: its place is free again, and the next run of the waiting list offers it.
/// Staff may cancel any; an association or partner those in its allocations; anyone the ones they made.
/// </summary>
public sealed class CancelRegistration(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    /// <summary>Null when cancelled, else why not.</summary>
    public async Task<string?> ExecuteAsync(Guid registrationId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null || registration.Status is RegistrationStatus.Cancelled or RegistrationStatus.Expired) return "Cette inscription n'est plus active.";
        var organisation = registration.AllocationId is { } allocationId
            ? await db.Allocations.Where(a => a.Id == allocationId).Select(a => a.OrganisationId).FirstOrDefaultAsync(cancellationToken)
            : null;
        var allowed = (actor.IsStaff && actor.Can(Permissions.RegistrationsValidate))
            || registration.RegisteredBy == actor.UserId
            || (organisation is not null && organisation == actor.OrganisationId);
        if (!allowed) return "Vous ne pouvez pas annuler cette inscription.";
        var now = clock.GetUtcNow().UtcDateTime;
        registration.Status = RegistrationStatus.Cancelled;
        registration.HeldUntil = null;
        registration.UpdatedAt = now;
        var name = await db.Volunteers.Where(v => v.Id == registration.VolunteerId).Select(v => v.FirstName + " " + v.LastName).FirstAsync(cancellationToken);
        db.SessionEvents.Add(new SessionEvent
        {
            SessionId = registration.SessionId, At = now, By = actor.Name,
            Text = $"Inscription de {name} annulée" + (string.IsNullOrWhiteSpace(reason) ? "." : $" : {reason.Trim()}"),
        });
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, registration.SessionId, actor.Name));
        return null;
    }
}
