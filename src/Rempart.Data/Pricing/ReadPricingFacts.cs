using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Pricing;

/// <summary>
/// Gathers what prices depend on for one volunteer and one session: age on the first day, profile
/// group (whose places, where they live), a session of the previous season they were confirmed
/// in or attended, whether a group manager registers them, and the day.
/// </summary>
public sealed class ReadPricingFacts(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    private static readonly RegistrationStage[] TookPart = [RegistrationStage.Confirmed, RegistrationStage.Attended];

    /// <param name="sessionId">The session.</param>
    /// <param name="volunteerId">The volunteer.</param>
    /// <param name="allocationId">The reserved places the registration uses, if any.</param>
    /// <param name="registeredBy">The account filling the registration in, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<PricingFacts?> ExecuteAsync(Guid sessionId, Guid volunteerId, Guid? allocationId, Guid? registeredBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, sessionId, volunteerId, allocationId, registeredBy, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
    }

    /// <summary>The same facts inside the caller's context, on a given day (a registration is priced on the day it was made).</summary>
    internal static async Task<PricingFacts?> ReadAsync(RempartDbContext db, Guid sessionId, Guid volunteerId, Guid? allocationId, Guid? registeredBy, DateOnly on, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.StartDate }).FirstOrDefaultAsync(cancellationToken);
        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.Id == volunteerId).Select(v => new { v.BirthDate, v.Country, v.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (session is null || volunteer is null) return null;
        var season = session.StartDate.Year;
        var placesOf = allocationId is { } allocation
            ? await (from a in db.Allocations join o in db.Organisations on a.OrganisationId equals o.Id where a.Id == allocation select (Domain.Organisations.OrganisationKind?)o.Kind).FirstOrDefaultAsync(cancellationToken)
            : null;
        var previous = await (from r in db.Registrations
                              join s in db.Sessions on r.SessionId equals s.Id
                              join w in db.Worksites on s.WorksiteId equals w.Id
                              join site in db.Sites on w.SiteId equals site.Id
                              where r.VolunteerId == volunteerId && TookPart.Contains(r.Stage)
                                    && s.StartDate >= new DateOnly(season - 1, 1, 1) && s.StartDate < new DateOnly(season, 1, 1)
                              orderby s.StartDate descending
                              select new PastSession(site.Name, s.StartDate.Year)).FirstOrDefaultAsync(cancellationToken);
        var byGroupManager = registeredBy is { } by && volunteer.UserId is { } person && by != person
            && await db.ManagedAccounts.AnyAsync(m => m.ManagerId == by && m.ManagedId == person, cancellationToken);
        return new PricingFacts(sessionId, season, Age.On(volunteer.BirthDate, session.StartDate),
            VolunteerCategories.Of(placesOf, volunteer.Country), previous, byGroupManager, on);
    }
}
