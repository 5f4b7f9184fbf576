using Microsoft.EntityFrameworkCore;
using Rempart.Data.Accounts;
using Rempart.Domain.Accounts;
using Rempart.Domain.Extranet;

namespace Rempart.Data.Extranet;

/// <summary>What one person may see of the extranet, decided in the queries (pages and events for every member, or for one of their groups).</summary>
internal static class ExtranetQueries
{
    public static async Task<IReadOnlySet<Guid>> GroupsOfAsync(RempartDbContext db, Guid userId, CancellationToken cancellationToken) =>
        (await db.ExtranetGroupMembers.Where(m => m.UserId == userId).Select(m => m.GroupId).ToListAsync(cancellationToken)).ToHashSet();

    public static IQueryable<ExtranetPage> VisiblePages(RempartDbContext db, Actor actor, IReadOnlySet<Guid> groups)
    {
        if (ExtranetAccess.Manages(actor)) return db.ExtranetPages;
        if (!ExtranetAccess.Reads(actor)) return db.ExtranetPages.Where(_ => false);
        var mine = groups.ToList();
        return db.ExtranetPages.Where(p => p.ForEveryMember || db.ExtranetPageGroups.Any(g => g.PageId == p.Id && mine.Contains(g.GroupId)));
    }

    public static IQueryable<CalendarEvent> VisibleEvents(RempartDbContext db, Actor actor, IReadOnlySet<Guid> groups)
    {
        if (ExtranetAccess.Manages(actor)) return db.CalendarEvents;
        if (!ExtranetAccess.Reads(actor)) return db.CalendarEvents.Where(_ => false);
        var mine = groups.ToList();
        return db.CalendarEvents.Where(e => e.ForEveryMember || db.CalendarEventGroups.Any(g => g.EventId == e.Id && mine.Contains(g.GroupId)));
    }

    /// <summary>Someone as their profiles make them, for what is asked without a signed-in page (their calendar feed, a reminder).</summary>
    public static async Task<Actor?> ActorOfAsync(RempartDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && u.IsActive, cancellationToken);
        if (user is null) return null;
        var rights = await ProfileQueries.RightsOfAsync(db, userId, cancellationToken);
        return new Actor(user.Id, user.DisplayName ?? user.Email ?? "", rights.Kinds, user.OrganisationId) { Permissions = rights.Permissions };
    }
}
