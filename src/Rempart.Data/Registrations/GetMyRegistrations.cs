using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>A registration in "My registrations": whose, where, where it stands and what comes next.</summary>
public sealed record MyRegistration(
    Guid Id, string VolunteerName, bool ForMe, string Worksite, string Site, DateOnly Start, DateOnly End,
    RegistrationStage Stage, DateTime CreatedAt, DateTime? PaymentDueAt)
{
    public string NextStep => RegistrationLifecycle.NextStep(Stage);

    /// <summary>The registration form is to be filled in (or completed) now.</summary>
    public bool FileOpen => RegistrationLifecycle.FileOpen(Stage);

    /// <summary>The volunteer (or whoever acts for them) may still cancel.</summary>
    public bool MayCancel => RegistrationLifecycle.Check(Stage, RegistrationStage.CancelledByVolunteer, StageActor.Volunteer, RegistrationFacts.None) is null;
}

/// <summary>
/// The registrations of the asker and of the people they act for: their own, those they filled in
/// (for a child, a young person they follow), those of the accounts they manage, and for a
/// partner, every registration in the places reserved to their structure.
/// </summary>
public sealed class GetMyRegistrations(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<MyRegistration>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var me = actor.UserId;
        var managed = db.ManagedAccounts.Where(m => m.ManagerId == me).Select(m => (Guid?)m.ManagedId);
        var partner = actor.Profiles.Contains(ProfileKind.Partner) ? actor.OrganisationId : null;
        var ourPlaces = db.Allocations.Where(a => partner != null && a.OrganisationId == partner).Select(a => (Guid?)a.Id);
        return await (from r in db.Registrations
                      join v in db.Volunteers on r.VolunteerId equals v.Id
                      join s in db.Sessions on r.SessionId equals s.Id
                      join w in db.Worksites on s.WorksiteId equals w.Id
                      join site in db.Sites on w.SiteId equals site.Id
                      where v.UserId == me || r.RegisteredBy == me || managed.Contains(v.UserId) || ourPlaces.Contains(r.AllocationId)
                      orderby s.StartDate descending, v.FirstName
                      select new MyRegistration(r.Id, v.FirstName + " " + v.LastName, v.UserId == me, w.Title, site.Name, s.StartDate, s.EndDate, r.Stage, r.CreatedAt, r.PaymentDueAt))
            .ToListAsync(cancellationToken);
    }
}
