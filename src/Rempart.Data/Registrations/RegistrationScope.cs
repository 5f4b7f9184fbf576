using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>A registration loaded for one asker, with its session and the roles the asker holds on it.</summary>
internal sealed record RegistrationScope(Registration Registration, Session Session, RegistrationParties Parties, IReadOnlyList<StageActor> Roles)
{
    /// <summary>The stages in which the registration form and its documents may still change.</summary>
    public bool FileOpen => RegistrationLifecycle.FileOpen(Registration.Stage);

    /// <summary>The organisers who review files: the union's staff with the permission, the organising association.</summary>
    public bool Reviews => Roles.Contains(StageActor.Staff) || Roles.Contains(StageActor.Organiser);

    /// <summary>The registration (tracked) if the asker may see it; null otherwise, as for one that does not exist.</summary>
    public static async Task<RegistrationScope?> LoadAsync(RempartDbContext db, Guid registrationId, Actor actor, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        if (registration is null) return null;
        var parties = await RegistrationPartiesQuery.ForAsync(db, registration, actor, cancellationToken);
        if (!RegistrationAccess.MaySee(actor, parties)) return null;
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == registration.SessionId, cancellationToken);
        return new RegistrationScope(registration, session, parties, RegistrationAccess.RolesOf(actor, parties));
    }
}
