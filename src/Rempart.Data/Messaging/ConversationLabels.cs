using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Messaging;

namespace Rempart.Data.Messaging;

/// <summary>Who is on the other side of each conversation, in words, for the asker's side.</summary>
internal static class ConversationLabels
{
    /// <summary>
    /// For the association: the volunteer, or the session of an announcement. For the volunteer:
    /// the association, and the session of an announcement.
    /// </summary>
    public static async Task<Dictionary<Guid, string>> LoadAsync(RempartDbContext db, IReadOnlyList<Conversation> conversations, Guid? myOrganisation, CancellationToken cancellationToken)
    {
        var organisationIds = conversations.Select(c => c.OrganisationId).Distinct().ToList();
        var volunteerIds = conversations.Where(c => c.VolunteerId is not null).Select(c => c.VolunteerId!.Value).Distinct().ToList();
        var sessionIds = conversations.Where(c => c.SessionId is not null).Select(c => c.SessionId!.Value).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var volunteers = await db.Volunteers.Where(v => volunteerIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.FirstName + " " + v.LastName, cancellationToken);
        var sessions = (await (from s in db.Sessions
                               join w in db.Worksites on s.WorksiteId equals w.Id
                               where sessionIds.Contains(s.Id)
                               select new { s.Id, w.Title, s.StartDate, s.EndDate }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => $"{s.Title}, du {s.StartDate:dd/MM/yyyy} au {s.EndDate:dd/MM/yyyy}");

        return conversations.ToDictionary(c => c.Id, c =>
        {
            var session = c.SessionId is { } sessionId ? sessions.GetValueOrDefault(sessionId, "") : "";
            if (c.OrganisationId == myOrganisation)
                return c.Kind == ConversationKind.Announcement ? $"Annonce : {session}" : volunteers.GetValueOrDefault(c.VolunteerId ?? Guid.Empty, "");
            var organisation = organisations.GetValueOrDefault(c.OrganisationId, "");
            return c.Kind == ConversationKind.Announcement ? $"{organisation} : {session}" : organisation;
        });
    }
}
