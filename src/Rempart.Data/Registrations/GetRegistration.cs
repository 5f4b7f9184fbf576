using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>A change the asker may make now, and whether it needs a reason.</summary>
public sealed record StageAction(RegistrationStage To, bool NeedsReason);

/// <summary>One registration, as the person reviewing it sees it.</summary>
public sealed record RegistrationDetail(
    Guid Id, RegistrationStage Stage, DateTime CreatedAt,
    string VolunteerName, string VolunteerEmail, string? VolunteerPhone, DateOnly BirthDate,
    string? RegistrantName, string? RegistrantEmail,
    Guid SessionId, string Worksite, string Site, string Association, DateOnly Start, DateOnly End, string? PlacesOf,
    IReadOnlyList<RegistrationHistoryEntry> History, IReadOnlyList<StageAction> Actions)
{
    public int AgeAtStart => Age.On(BirthDate, Start);
}

/// <summary>
/// Reads one registration for someone entitled to see it (<see cref="RegistrationAccess.MaySee"/>),
/// with the changes they may make now. Anyone else gets nothing, as if it did not exist.
/// </summary>
public sealed class GetRegistration(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<RegistrationDetail?> ExecuteAsync(Guid registrationId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken) is not { } scope) return null;
        var (registration, session, parties) = (scope.Registration, scope.Session, scope.Parties);

        var volunteer = await db.Volunteers.AsNoTracking().FirstAsync(v => v.Id == registration.VolunteerId, cancellationToken);
        var worksite = await db.Worksites.AsNoTracking().FirstAsync(w => w.Id == session.WorksiteId, cancellationToken);
        var site = await db.Sites.Where(s => s.Id == worksite.SiteId).Select(s => s.Name).FirstAsync(cancellationToken);
        var association = await db.Organisations.Where(o => o.Id == worksite.AssociationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var placesOf = parties.AllocationOrganisationId is { } holder
            ? await db.Organisations.Where(o => o.Id == holder).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var registrant = registration.RegisteredBy is { } by && by != volunteer.UserId
            ? await db.Users.Where(u => u.Id == by).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var history = await db.RegistrationHistory.AsNoTracking().Where(h => h.RegistrationId == registrationId).ToListAsync(cancellationToken);

        var facts = await RegistrationFactsQuery.ForAsync(db, registration, session, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var actions = RegistrationLifecycle.Next(registration.Stage)
            .Where(to => RegistrationAccess.RoleFor(actor, parties, registration.Stage, to, facts, reason: "-").Role is not null)
            .Select(to => new StageAction(to, RegistrationLifecycle.NeedsReason(registration.Stage, to)))
            .ToList();
        return new RegistrationDetail(
            registration.Id, registration.Stage, registration.CreatedAt,
            $"{volunteer.FirstName} {volunteer.LastName}", volunteer.Email, volunteer.Phone, volunteer.BirthDate,
            registrant?.DisplayName, registrant?.Email,
            session.Id, worksite.Title, site, association, session.StartDate, session.EndDate, placesOf,
            // First the registration's first line, then by time: two lines written at once keep their order.
            history.OrderBy(h => h.At).ThenBy(h => h.From.HasValue).ToList(), actions);
    }
}
