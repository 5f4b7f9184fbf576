using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Messaging;

/// <summary>
/// Someone the asker may start a conversation with: for an association, a volunteer; for a
/// volunteer, an association (for one of the volunteers they are or act for). <c>AsOrganisation</c>:
/// the asker writes for the association (a manager may also be a volunteer elsewhere).
/// </summary>
public sealed record MessageContact(Guid OrganisationId, Guid VolunteerId, string Label, bool AsOrganisation);

/// <summary>A session an association may send an announcement to, with how many volunteers it reaches today.</summary>
public sealed record AnnouncementSession(Guid SessionId, string Label, int Volunteers);

/// <summary>Whom a new message may go to, from the asker's side.</summary>
public sealed class ListMessageContacts(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<MessageContact>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = new List<MessageContact>();
        if (MessagingQueries.MyOrganisation(actor) is { } organisation)
        {
            var volunteers = await (from r in db.Registrations
                                    join s in db.Sessions on r.SessionId equals s.Id
                                    join w in db.Worksites on s.WorksiteId equals w.Id
                                    where w.AssociationId == organisation || db.Allocations.Any(a => a.Id == r.AllocationId && a.OrganisationId == organisation)
                                    join v in db.Volunteers on r.VolunteerId equals v.Id
                                    select new { v.Id, v.LastName, v.FirstName, v.Email }).Distinct().ToListAsync(cancellationToken);
            contacts.AddRange(volunteers.OrderBy(v => v.LastName).ThenBy(v => v.FirstName)
                .Select(v => new MessageContact(organisation, v.Id, $"{v.FirstName} {v.LastName} ({v.Email})", true)));
        }
        var mine = MessagingQueries.MyVolunteers(db, actor);
        var associations = await (from r in db.Registrations
                                  where mine.Contains(r.VolunteerId)
                                  join s in db.Sessions on r.SessionId equals s.Id
                                  join w in db.Worksites on s.WorksiteId equals w.Id
                                  join o in db.Organisations on w.AssociationId equals o.Id
                                  join v in db.Volunteers on r.VolunteerId equals v.Id
                                  select new { OrganisationId = o.Id, o.Name, VolunteerId = v.Id, v.FirstName, v.LastName }).Distinct().ToListAsync(cancellationToken);
        var several = associations.Select(a => a.VolunteerId).Distinct().Count() > 1;
        contacts.AddRange(associations.OrderBy(a => a.Name).ThenBy(a => a.FirstName)
            .Select(a => new MessageContact(a.OrganisationId, a.VolunteerId, several ? $"{a.Name} (pour {a.FirstName} {a.LastName})" : a.Name, false)));
        return contacts;
    }

    /// <summary>The sessions of the asker's association, the coming ones first.</summary>
    public async Task<IReadOnlyList<AnnouncementSession>> SessionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (MessagingQueries.MyOrganisation(actor) is not { } organisation) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var active = MessagingQueries.Active(db);
        var sessions = await (from s in db.Sessions
                              join w in db.Worksites on s.WorksiteId equals w.Id
                              where w.AssociationId == organisation
                              select new { s.Id, w.Title, s.StartDate, s.EndDate, Count = active.Count(r => r.SessionId == s.Id) })
            .ToListAsync(cancellationToken);
        return sessions.OrderByDescending(s => s.StartDate)
            .Select(s => new AnnouncementSession(s.Id, $"{s.Title}, du {s.StartDate:dd/MM/yyyy} au {s.EndDate:dd/MM/yyyy}", s.Count)).ToList();
    }
}
