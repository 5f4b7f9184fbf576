using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;
using Rempart.Domain.Organisations;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Mail;

/// <summary>
/// Who a campaign writes to: the volunteers registered on the chosen sessions, or on the sessions of
/// a season, of an association, at the chosen stages, of the chosen profiles (the pricing's
/// categories: individual, social structure, international, member association). An association
/// manager only ever reaches the volunteers of their own association's sessions, whatever they ask.
/// </summary>
public sealed record CampaignAudience(
    int? Season = null, Guid? AssociationId = null, IReadOnlyList<Guid>? SessionIds = null, IReadOnlyList<RegistrationStage>? Stages = null,
    IReadOnlyList<VolunteerCategory>? Categories = null);

public sealed record AudienceMember(string Email, string FirstName, string FullName);

/// <summary>How many people, a sample of them, and (for sending) all of them, one per address.</summary>
public sealed record AudienceFound(int Count, IReadOnlyList<AudienceMember> Sample, IReadOnlyList<AudienceMember> All);

public sealed class FindCampaignAudience(IDbContextFactory<RempartDbContext> contexts)
{
    public const int SampleSize = 10;

    /// <summary>Null when the asker may not write to volunteers at all.</summary>
    public async Task<AudienceFound?> ExecuteAsync(CampaignAudience audience, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!CampaignAccess.MayWrite(actor)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var association = actor.IsStaff ? audience.AssociationId : actor.OrganisationId;
        var query = from r in db.Registrations
                    join v in db.Volunteers on r.VolunteerId equals v.Id
                    join s in db.Sessions on r.SessionId equals s.Id
                    join w in db.Worksites on s.WorksiteId equals w.Id
                    where v.Email != ""
                    // Whose reserved places the registration uses, which with the country makes the volunteer's profile.
                    let placesOf = (from a in db.Allocations
                                    join o in db.Organisations on a.OrganisationId equals o.Id
                                    where a.Id == r.AllocationId
                                    select (OrganisationKind?)o.Kind).FirstOrDefault()
                    select new { r.Stage, s.Id, s.StartDate, w.AssociationId, v.Email, v.FirstName, v.LastName, v.Country, PlacesOf = placesOf };
        if (association is { } id) query = query.Where(x => x.AssociationId == id);
        if (audience.Season is { } season)
        {
            var (first, last) = (new DateOnly(season, 1, 1), new DateOnly(season, 12, 31));
            query = query.Where(x => x.StartDate >= first && x.StartDate <= last);
        }
        if (audience.SessionIds is { Count: > 0 } sessions) query = query.Where(x => sessions.Contains(x.Id));
        if (audience.Stages is { Count: > 0 } stages) query = query.Where(x => stages.Contains(x.Stage));
        var rows = await query.Select(x => new { x.Email, x.FirstName, x.LastName, x.Country, x.PlacesOf }).ToListAsync(cancellationToken);
        if (audience.Categories is { Count: > 0 } categories)
            rows = rows.Where(x => categories.Contains(VolunteerCategories.Of(x.PlacesOf, x.Country))).ToList();
        var all = rows.GroupBy(x => x.Email.Trim().ToLowerInvariant())
            .Select(g => new AudienceMember(g.Key, g.First().FirstName, $"{g.First().FirstName} {g.First().LastName}"))
            .OrderBy(m => m.FullName, StringComparer.CurrentCulture).ToList();
        return new AudienceFound(all.Count, all.Take(SampleSize).ToList(), all);
    }
}
