using Microsoft.EntityFrameworkCore;

namespace Rempart.Data.Registrations;

/// <summary>Who to write to about a registration, and what it is for.</summary>
public sealed record RegistrationContacts(
    Guid RegistrationId, string VolunteerName, string VolunteerEmail, string? RegistrantEmail,
    string Worksite, string Site, DateOnly Start, DateOnly End, string? PracticalInformation, string VolunteerFirstName = "")
{
    /// <summary>The volunteer, and whoever registered them when that is someone else: each once.</summary>
    public IReadOnlyList<string> Recipients =>
        new[] { VolunteerEmail, RegistrantEmail }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>Reads what registration e-mails need; for Rempart's own mails, not for showing to anyone.</summary>
public sealed class GetRegistrationContacts(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<RegistrationContacts?> ExecuteAsync(Guid registrationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from r in db.Registrations
                      join v in db.Volunteers on r.VolunteerId equals v.Id
                      join s in db.Sessions on r.SessionId equals s.Id
                      join w in db.Worksites on s.WorksiteId equals w.Id
                      join site in db.Sites on w.SiteId equals site.Id
                      join u in db.Users on r.RegisteredBy equals u.Id into registrants
                      from registrant in registrants.DefaultIfEmpty()
                      where r.Id == registrationId
                      select new RegistrationContacts(r.Id, v.FirstName + " " + v.LastName, v.Email, registrant == null ? null : registrant.Email,
                          w.Title, site.Name, s.StartDate, s.EndDate, s.PracticalInformation, v.FirstName)).FirstOrDefaultAsync(cancellationToken);
    }
}
