using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>Reads the people around a registration that its access rules need, as seen by one asker.</summary>
internal static class RegistrationPartiesQuery
{
    public static async Task<RegistrationParties> ForAsync(RempartDbContext db, Registration registration, Actor actor, CancellationToken cancellationToken)
    {
        var volunteerUser = await db.Volunteers.Where(v => v.Id == registration.VolunteerId).Select(v => v.UserId).FirstOrDefaultAsync(cancellationToken);
        var organiser = await (from s in db.Sessions
                               join w in db.Worksites on s.WorksiteId equals w.Id
                               where s.Id == registration.SessionId
                               select w.AssociationId).FirstAsync(cancellationToken);
        var allocationHolder = registration.AllocationId is { } allocation
            ? await db.Allocations.Where(a => a.Id == allocation).Select(a => a.OrganisationId).FirstOrDefaultAsync(cancellationToken)
            : null;
        var managed = volunteerUser is { } person
            && await db.ManagedAccounts.AnyAsync(m => m.ManagerId == actor.UserId && m.ManagedId == person, cancellationToken);
        return new RegistrationParties(volunteerUser, registration.RegisteredBy, organiser, allocationHolder, managed);
    }
}
