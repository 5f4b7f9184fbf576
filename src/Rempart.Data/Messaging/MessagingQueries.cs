using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;
using Rempart.Domain.Places;

namespace Rempart.Data.Messaging;

/// <summary>
/// The queries every messaging operation shares, so that what one person may read is decided in
/// the database query itself (<see cref="Visible"/>), never by filtering what was loaded.
/// </summary>
internal static class MessagingQueries
{
    /// <summary>The registrations that make a volunteer part of a session's announcements (asked for, held or confirmed).</summary>
    public static IQueryable<Registration> Active(RempartDbContext db) =>
        db.Registrations.Where(r => r.Status == RegistrationStatus.Requested || r.Status == RegistrationStatus.Held || r.Status == RegistrationStatus.Confirmed);

    /// <summary>The volunteers the asker is, or acts for (a parent for their child).</summary>
    public static IQueryable<Guid> MyVolunteers(RempartDbContext db, Actor actor) =>
        db.Volunteers.Where(v => v.UserId == actor.UserId
                || db.ManagedAccounts.Any(m => m.ManagerId == actor.UserId && m.ManagedId == v.UserId))
            .Select(v => v.Id);

    /// <summary>The association the asker writes for, when they manage one.</summary>
    public static Guid? MyOrganisation(Actor actor) =>
        actor.OrganisationId is { } organisation && MessagingAccess.ActsFor(actor, organisation) ? organisation : null;

    /// <summary>Every conversation the asker is involved in: their association's, their volunteers', their sessions' announcements.</summary>
    public static IQueryable<Conversation> Visible(RempartDbContext db, Actor actor)
    {
        var organisation = MyOrganisation(actor);
        var volunteers = MyVolunteers(db, actor);
        var sessions = Active(db).Where(r => volunteers.Contains(r.VolunteerId)).Select(r => r.SessionId);
        return db.Conversations.Where(c =>
            (organisation != null && c.OrganisationId == organisation)
            || (c.Kind == ConversationKind.Direct && c.VolunteerId != null && volunteers.Contains(c.VolunteerId.Value))
            || (c.Kind == ConversationKind.Announcement && c.SessionId != null && sessions.Contains(c.SessionId.Value)));
    }

    /// <summary>
    /// Messages the asker has not read: written by the other side after the asker last opened the
    /// conversation (a colleague's message on one's own side is not news).
    /// </summary>
    public static IQueryable<Message> Unread(RempartDbContext db, Actor actor, IQueryable<Conversation> conversations)
    {
        var organisation = MyOrganisation(actor);
        var me = actor.UserId;
        return from m in db.Messages
               join c in conversations on m.ConversationId equals c.Id
               let readAt = db.ConversationReads.Where(r => r.ConversationId == c.Id && r.UserId == me).Select(r => (DateTime?)r.ReadAt).FirstOrDefault()
               where m.AuthorId != me
                     && m.FromOrganisation != (organisation != null && c.OrganisationId == organisation)
                     && (readAt == null || m.SentAt > readAt)
               select m;
    }

    /// <summary>The active accounts that manage an association: who hears of a volunteer's message.</summary>
    public static IQueryable<Recipient> ManagersOf(RempartDbContext db, Guid organisationId) =>
        from u in db.Users
        where u.OrganisationId == organisationId && u.IsActive && u.Email != null
              && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Kind == ProfileKind.AssociationManager))
        select new Recipient(u.Email!, u.DisplayName ?? u.Email!);

    /// <summary>A volunteer and the accounts that act for them: who hears of the association's message.</summary>
    public static async Task<List<Recipient>> VolunteerSideAsync(RempartDbContext db, IQueryable<Guid> volunteerIds, CancellationToken cancellationToken)
    {
        var own = await db.Volunteers.Where(v => volunteerIds.Contains(v.Id)).Select(v => new Recipient(v.Email, v.FirstName + " " + v.LastName)).ToListAsync(cancellationToken);
        var managers = from v in db.Volunteers
                       where volunteerIds.Contains(v.Id) && v.UserId != null
                       join m in db.ManagedAccounts on v.UserId equals (Guid?)m.ManagedId
                       join u in db.Users on m.ManagerId equals u.Id
                       where u.IsActive && u.Email != null
                       select new Recipient(u.Email!, u.DisplayName ?? u.Email!);
        return own.Concat(await managers.ToListAsync(cancellationToken)).ToList();
    }
}

/// <summary>Someone to tell, by e-mail, that a message is waiting.</summary>
public sealed record Recipient(string Email, string Name);
