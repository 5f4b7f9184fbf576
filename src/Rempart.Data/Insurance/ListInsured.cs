using Microsoft.EntityFrameworkCore;
using Rempart.Data.Volunteers;
using Rempart.Domain.Accounts;
using Rempart.Domain.Pricing;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Insurance;

/// <summary>One volunteer insured for one session: what the insurer's roster needs.</summary>
public sealed record InsuredRow(Guid RegistrationId, string LastName, string FirstName, DateOnly BirthDate, string Worksite, string Site, DateOnly Start, DateOnly End, string Option, RegistrationStage Stage);

/// <summary>Sessions starting within a period, and optionally one insurance option (by its name).</summary>
/// <remarks><see cref="Skip"/> pages a complete export through the list, <see cref="ListInsured.Limit"/> rows at a time.</remarks>
public sealed record InsuredFilter(DateOnly From, DateOnly To, string? Option = null, string? Search = null, int Skip = 0);

/// <summary>
/// The insurance option each volunteer chose for each session (the insurance line of the order in
/// force), for registrations that hold or held a place: the union's staff send it to the insurer.
/// </summary>
public sealed class ListInsured(IDbContextFactory<RempartDbContext> contexts)
{
    public const int Limit = 5000;

    private static readonly RegistrationStage[] Insured =
    [
        RegistrationStage.Accepted, RegistrationStage.AwaitingDocuments, RegistrationStage.AwaitingPayment,
        RegistrationStage.Confirmed, RegistrationStage.Attended,
    ];

    public async Task<IReadOnlyList<InsuredRow>?> ExecuteAsync(InsuredFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsStaff) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from l in db.OrderLines
                    where l.Kind == ProductKind.Insurance
                    join o in db.Orders on l.OrderId equals o.Id
                    where o.ReplacedAt == null
                    join r in db.Registrations on o.RegistrationId equals r.Id
                    where Insured.Contains(r.Stage)
                    join v in db.Volunteers on r.VolunteerId equals v.Id
                    join s in db.Sessions on r.SessionId equals s.Id
                    where s.StartDate >= filter.From && s.StartDate <= filter.To
                    join w in db.Worksites on s.WorksiteId equals w.Id
                    join site in db.Sites on w.SiteId equals site.Id
                    select new { r.Id, VolunteerId = v.Id, v.LastName, v.FirstName, v.BirthDate, Worksite = w.Title, Site = site.Name, Start = s.StartDate, End = s.EndDate, Option = l.Label, r.Stage };
        if (!string.IsNullOrWhiteSpace(filter.Option)) query = query.Where(x => x.Option == filter.Option);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Names through the volunteers' trigram index, accents aside (MatchVolunteers).
            var text = $"%{filter.Search.Trim().ToLower()}%";
            var volunteers = MatchVolunteers.Containing(db, filter.Search);
            query = query.Where(x => volunteers.Contains(x.VolunteerId) || EF.Functions.Like(x.Worksite.ToLower(), text));
        }
        return await query.OrderBy(x => x.Start).ThenBy(x => x.Worksite).ThenBy(x => x.LastName).ThenBy(x => x.FirstName).ThenBy(x => x.Id).Skip(filter.Skip).Take(Limit)
            .Select(x => new InsuredRow(x.Id, x.LastName, x.FirstName, x.BirthDate, x.Worksite, x.Site, x.Start, x.End, x.Option, x.Stage))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The insurance options offered (product names), for the filter.</summary>
    public async Task<IReadOnlyList<string>> OptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.Where(p => p.Kind == ProductKind.Insurance).Select(p => p.Name).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
    }
}
