using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;

namespace Rempart.Data.Mail;

public sealed record PreviewRegistration(Guid Id, string Label);

/// <summary>Recent registrations a template editor may preview a message on (those who edit templates are the union's staff).</summary>
public sealed class ListPreviewRegistrations(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<PreviewRegistration>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.MailTemplates)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from r in db.Registrations
                          join v in db.Volunteers on r.VolunteerId equals v.Id
                          join s in db.Sessions on r.SessionId equals s.Id
                          join w in db.Worksites on s.WorksiteId equals w.Id
                          orderby r.CreatedAt descending
                          select new { r.Id, v.FirstName, v.LastName, w.Title, s.StartDate }).Take(30).ToListAsync(cancellationToken);
        return rows.Select(r => new PreviewRegistration(r.Id, $"{r.FirstName} {r.LastName} — {r.Title} ({r.StartDate:dd/MM/yyyy})")).ToList();
    }
}
