using Microsoft.EntityFrameworkCore;

namespace Rempart.Data.PersonalData;

/// <summary>Everything Rempart holds about one person, as they may download it (GDPR, article 15 and 20).</summary>
public sealed record PersonalDataExport(
    DateTime ExportedAt, ExportedAccount Account, IReadOnlyList<ExportedVolunteer> People, IReadOnlyList<ExportedRegistration> Registrations,
    IReadOnlyList<string> PeopleIManage, IReadOnlyList<ExportedSecurityEvent> SecurityLog);

public sealed record ExportedAccount(string? Email, string? DisplayName, DateTime CreatedAt, string? Organisation, IReadOnlyList<string> Profiles);

public sealed record ExportedVolunteer(
    string FirstName, string LastName, string Email, string? Phone, DateOnly BirthDate, string? Address, string? PostalCode, string? City, string Country,
    string? EmergencyContactName, string? EmergencyContactPhone, string? Diet, string? Languages, string? Skills, bool IsMe);

public sealed record ExportedRegistration(
    string Volunteer, string Worksite, string Site, DateOnly Start, DateOnly End, string Stage, DateTime CreatedAt, string? Motivation,
    string? GuardianName, DateTime? GuardianConsentAt, DateTime? MinorConsentAt, IReadOnlyList<ExportedStep> History, IReadOnlyList<ExportedDocument> Documents);

public sealed record ExportedStep(DateTime At, string? From, string To, string By, string? Reason);

public sealed record ExportedDocument(string Kind, string FileName, DateTime UploadedAt, string Status, string? ReviewNote);

public sealed record ExportedSecurityEvent(DateTime At, string Event, string? IpAddress, string? Details);

/// <summary>
/// Gathers one person's data: their account, the volunteers they are or registered, every
/// registration of those with its history and the list of its documents (the files themselves are
/// downloaded one by one from the registration), the people they manage, and the security log
/// about their account.
/// </summary>
public sealed class ExportPersonalData(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<PersonalDataExport?> ExecuteAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return null;
        var organisation = user.OrganisationId is { } org ? await db.Organisations.Where(o => o.Id == org).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var profiles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync(cancellationToken);

        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.RegisteredBy == userId || db.Volunteers.Any(v => v.Id == r.VolunteerId && v.UserId == userId)).ToListAsync(cancellationToken);
        var volunteerIds = registrations.Select(r => r.VolunteerId).ToHashSet();
        var volunteers = await db.Volunteers.AsNoTracking().Where(v => v.UserId == userId || volunteerIds.Contains(v.Id)).ToListAsync(cancellationToken);
        var sessionIds = registrations.Select(r => r.SessionId).ToHashSet();
        var sessions = await (from s in db.Sessions
                              join w in db.Worksites on s.WorksiteId equals w.Id
                              join site in db.Sites on w.SiteId equals site.Id
                              where sessionIds.Contains(s.Id)
                              select new { s.Id, w.Title, Site = site.Name, s.StartDate, s.EndDate }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var registrationIds = registrations.Select(r => r.Id).ToList();
        var history = await db.RegistrationHistory.AsNoTracking().Where(h => registrationIds.Contains(h.RegistrationId)).ToListAsync(cancellationToken);
        var documents = await db.RegistrationDocuments.AsNoTracking().Where(d => registrationIds.Contains(d.RegistrationId)).ToListAsync(cancellationToken);
        var managed = await (from m in db.ManagedAccounts join u in db.Users on m.ManagedId equals u.Id where m.ManagerId == userId select u.DisplayName ?? u.Email!).ToListAsync(cancellationToken);
        var log = await db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.At)
            .Select(e => new ExportedSecurityEvent(e.At, e.Event.ToString(), e.IpAddress, e.Details)).ToListAsync(cancellationToken);

        return new PersonalDataExport(
            clock.GetUtcNow().UtcDateTime,
            new ExportedAccount(user.Email, user.DisplayName, user.CreatedAt, organisation, profiles),
            volunteers.Select(v => new ExportedVolunteer(v.FirstName, v.LastName, v.Email, v.Phone, v.BirthDate, v.Address, v.PostalCode, v.Commune, v.Country,
                v.EmergencyContactName, v.EmergencyContactPhone, v.Diet, v.Languages, v.Skills, v.UserId == userId)).ToList(),
            registrations.OrderBy(r => r.CreatedAt).Select(r =>
            {
                var session = sessions[r.SessionId];
                var volunteer = volunteers.First(v => v.Id == r.VolunteerId);
                return new ExportedRegistration($"{volunteer.FirstName} {volunteer.LastName}", session.Title, session.Site, session.StartDate, session.EndDate,
                    r.Stage.ToString(), r.CreatedAt, r.Motivation, r.GuardianName, r.GuardianConsentAt, r.MinorConsentAt,
                    history.Where(h => h.RegistrationId == r.Id).OrderBy(h => h.At).ThenBy(h => h.From.HasValue)
                        .Select(h => new ExportedStep(h.At, h.From?.ToString(), h.To.ToString(), h.By, h.Reason)).ToList(),
                    documents.Where(d => d.RegistrationId == r.Id)
                        .Select(d => new ExportedDocument(d.Kind.ToString(), d.FileName, d.UploadedAt, d.Status.ToString(), d.ReviewNote)).ToList());
            }).ToList(),
            managed, log);
    }
}
