using Microsoft.EntityFrameworkCore;
using Rempart.Data.Accounts;
using Rempart.Data.Messaging;
using Rempart.Domain.Accounts;
using Rempart.Domain.Extranet;

namespace Rempart.Data.Extranet;

/// <summary>An occurrence to remind of tomorrow, and who sees it.</summary>
public sealed record EventReminder(Guid EventId, string Title, DateTime Start, DateTime End, bool AllDay, string? Location, IReadOnlyList<Recipient> Recipients);

/// <summary>
/// The day before: the occurrences of tomorrow (Paris) whose event asks for a reminder, each
/// claimed once for good (a row per occurrence, so a second run or a second server sends nothing
/// again), with the active members who may see it (extranet permission, and its groups when it is
/// not for every member).
/// </summary>
public sealed class ClaimEventReminders(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<EventReminder>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tomorrow = DateOnly.FromDateTime(ParisClock.ToLocal(now)).AddDays(1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = await db.CalendarEvents.Where(e => e.RemindDayBefore && e.Start < tomorrow.AddDays(1).ToDateTime(TimeOnly.MinValue)).AsNoTracking().ToListAsync(cancellationToken);
        var reminders = new List<EventReminder>();
        foreach (var e in events)
        {
            var changes = await db.CalendarEventChanges.Where(c => c.EventId == e.Id).Select(c => new OccurrenceChange(c.OriginalDate, c.Cancelled, c.Start, c.End)).ToListAsync(cancellationToken);
            foreach (var occurrence in RecurrenceRules.Expand(e.Start, e.End, e.Recurrence, changes, tomorrow, tomorrow).Where(o => DateOnly.FromDateTime(o.Start) == tomorrow))
            {
                db.CalendarReminders.Add(new CalendarReminder { EventId = e.Id, OccurrenceDate = occurrence.OriginalDate, SentAt = now });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Already claimed, by an earlier run or another server.
                    db.ChangeTracker.Clear();
                    continue;
                }
                reminders.Add(new EventReminder(e.Id, e.Title, occurrence.Start, occurrence.End, e.AllDay, e.Location, await ReadersAsync(db, e, cancellationToken)));
            }
        }
        return reminders;
    }

    private static async Task<IReadOnlyList<Recipient>> ReadersAsync(RempartDbContext db, CalendarEvent e, CancellationToken cancellationToken)
    {
        var readers = from u in db.Users
                      where u.IsActive && u.Email != null
                            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.RoleClaims.Any(rc => rc.RoleId == ur.RoleId && rc.ClaimType == RempartRole.PermissionClaim
                                && (rc.ClaimValue == Permissions.ExtranetRead || rc.ClaimValue == Permissions.ExtranetManage)))
                      select u;
        if (!e.ForEveryMember)
            readers = readers.Where(u => db.ExtranetGroupMembers.Any(m => m.UserId == u.Id && db.CalendarEventGroups.Any(g => g.EventId == e.Id && g.GroupId == m.GroupId)));
        return await readers.Select(u => new Recipient(u.Email!, u.DisplayName ?? u.Email!)).ToListAsync(cancellationToken);
    }
}
