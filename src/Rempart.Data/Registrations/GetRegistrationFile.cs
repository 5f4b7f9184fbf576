using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>A document asked for, and the one sent for it if any.</summary>
public sealed record RequiredDocument(DocumentKind Kind, string Label, RegistrationDocument? Sent);

/// <summary>A registration's form as the person filling it in (or reviewing it) sees it.</summary>
public sealed record RegistrationFileView(
    Guid RegistrationId, RegistrationStage Stage, string VolunteerName, string Worksite, DateOnly Start, DateOnly End,
    RegistrationFileDraft Draft, bool MotivationRequired, int AgeToday, IReadOnlyList<RequiredDocument> Documents,
    DateTime? SentAt, bool MayEdit, bool Reviews, bool MayOpenHealthForm)
{
    public bool GuardianConsentRequired => ConsentRules.GuardianRequired(AgeToday);
    public bool MinorConsentRequired => ConsentRules.MinorRequired(AgeToday);
}

/// <summary>
/// Reads a registration's form for someone entitled to see the registration; the health form is
/// listed to all of them, but only the volunteer's side and holders of the health permission may open it.
/// </summary>
public sealed class GetRegistrationFile(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<RegistrationFileView?> ExecuteAsync(Guid registrationId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken);
        if (scope is null) return null;
        var (registration, session) = (scope.Registration, scope.Session);
        var volunteer = await db.Volunteers.AsNoTracking().FirstAsync(v => v.Id == registration.VolunteerId, cancellationToken);
        var worksite = await db.Worksites.Where(w => w.Id == session.WorksiteId).Select(w => w.Title).FirstAsync(cancellationToken);
        var sent = await db.RegistrationDocuments.AsNoTracking().Where(d => d.RegistrationId == registrationId).ToListAsync(cancellationToken);
        var documents = DocumentRules.Required(session.RequiresIdentityDocument, session.RequiresHealthForm, session.RequiredCertificate, Age.On(volunteer.BirthDate, session.StartDate))
            .Select(kind => new RequiredDocument(kind, DocumentRules.Label(kind, session.RequiredCertificate), sent.FirstOrDefault(d => d.Kind == kind)))
            .ToList();
        var draft = new RegistrationFileDraft
        {
            Address = volunteer.Address, PostalCode = volunteer.PostalCode, City = volunteer.Commune, Country = volunteer.Country, Phone = volunteer.Phone,
            EmergencyContactName = volunteer.EmergencyContactName, EmergencyContactPhone = volunteer.EmergencyContactPhone,
            Diet = volunteer.Diet, Languages = volunteer.Languages, Skills = volunteer.Skills, Motivation = registration.Motivation,
            GuardianName = registration.GuardianName, GuardianConsents = registration.GuardianConsentAt is not null, MinorConsents = registration.MinorConsentAt is not null,
        };
        return new RegistrationFileView(
            registration.Id, registration.Stage, $"{volunteer.FirstName} {volunteer.LastName}", worksite, session.StartDate, session.EndDate,
            draft, session.MotivationRequired, Age.On(volunteer.BirthDate, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), documents,
            registration.FileSentAt, scope.FileOpen && scope.Roles.Count > 0, scope.Reviews && scope.FileOpen, RegistrationDocumentAccess.MayOpenHealthForm(actor, scope.Roles));
    }
}
