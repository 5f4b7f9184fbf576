using Microsoft.EntityFrameworkCore;
using Rempart.Data.Places;
using Rempart.Domain.Programming;

namespace Rempart.Data.Registrations;

/// <summary>What a visitor sees of a session above its pre-registration form: only published, public facts.</summary>
public sealed record SessionToJoin(
    Guid Id, string Worksite, string Site, string Commune, string Association, DateOnly Start, DateOnly End,
    int MinimumAge, int? MaximumAge, int FreePlaces, bool AcceptAutomatically, string? ClosedBecause)
{
    public bool Open => ClosedBecause is null;

    /// <summary>Open for registration but without a free place: visitors may join the waiting list.</summary>
    public bool Full { get; init; }
}

/// <summary>Reads a published session for its pre-registration page; a draft or cancelled one does not exist for visitors.</summary>
public sealed class GetSessionToJoin(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<SessionToJoin?> ExecuteAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from s in db.Sessions
                           join w in db.Worksites on s.WorksiteId equals w.Id
                           join site in db.Sites on w.SiteId equals site.Id
                           join o in db.Organisations on w.AssociationId equals o.Id
                           where s.Id == sessionId && s.Status == SessionStatus.Published
                           select new { s, w.Title, site.Name, site.Commune, Association = o.Name }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var counts = (await PlaceQueries.CountsAsync(db, [sessionId], now, cancellationToken))[sessionId];
        var session = found.s;
        string? notOpen = session.StartDate <= today ? "Cette session a déjà commencé."
            : session.RegistrationOpens > today ? $"Les inscriptions ouvriront le {session.RegistrationOpens:dd/MM/yyyy}."
            : session.RegistrationCloses < today ? "Les inscriptions à cette session sont closes."
            : null;
        var full = notOpen is null && counts.OpenPoolFree == 0;
        return new SessionToJoin(session.Id, found.Title, found.Name, found.Commune, found.Association, session.StartDate, session.EndDate,
            session.MinimumAge, session.MaximumAge, counts.OpenPoolFree, session.AcceptAutomatically, notOpen ?? (full ? "Cette session est complète." : null))
        {
            Full = full,
        };
    }
}
