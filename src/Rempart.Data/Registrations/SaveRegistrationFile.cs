using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>What saving the form did: its errors (nothing saved then), and the step it moved to when sending completed the file.</summary>
public sealed record FileSaveOutcome(IReadOnlyDictionary<string, string> Errors, StageMove? Advanced)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Saves the registration form, half-filled (to resume later) or sent. The profile goes to the
/// volunteer, for their next registrations; motivation and consents to this registration, with the
/// moment each consent was given. The first save moves an accepted registration to "documents
/// attendus"; sending checks everything, and when the documents were already accepted the
/// registration moves on at once (<see cref="AdvanceRegistration"/>).
/// </summary>
public sealed class SaveRegistrationFile(IDbContextFactory<RempartDbContext> contexts, AdvanceRegistration advance, TimeProvider clock)
{
    public async Task<FileSaveOutcome> ExecuteAsync(Guid registrationId, RegistrationFileDraft draft, Actor actor, bool send, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await RegistrationScope.LoadAsync(db, registrationId, actor, cancellationToken);
        if (scope is null || scope.Roles.Count == 0) return Refused("Cette inscription n'existe pas.");
        if (!scope.FileOpen) return Refused($"L'inscription est « {RegistrationLifecycle.Label(scope.Registration.Stage)} » : son dossier ne se modifie plus.");

        var (registration, session) = (scope.Registration, scope.Session);
        var volunteer = await db.Volunteers.FirstAsync(v => v.Id == registration.VolunteerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        Dictionary<string, string> errors;
        if (send)
        {
            var present = await db.RegistrationDocuments.Where(d => d.RegistrationId == registrationId && d.Status != DocumentStatus.Rejected)
                .Select(d => d.Kind).ToListAsync(cancellationToken);
            var missing = DocumentRules.Required(session.RequiresIdentityDocument, session.RequiresHealthForm, session.RequiredCertificate, Age.On(volunteer.BirthDate, session.StartDate))
                .Where(kind => !present.Contains(kind)).Select(kind => DocumentRules.Label(kind, session.RequiredCertificate)).ToList();
            errors = RegistrationFileRules.ValidateForSending(draft, session.MotivationRequired, Age.On(volunteer.BirthDate, DateOnly.FromDateTime(now)), missing);
        }
        else errors = RegistrationFileRules.ValidateDraft(draft);
        if (errors.Count > 0) return new FileSaveOutcome(errors, null);

        volunteer.Address = Clean(draft.Address);
        volunteer.PostalCode = Clean(draft.PostalCode);
        volunteer.Commune = Clean(draft.City);
        volunteer.Country = Clean(draft.Country) ?? volunteer.Country;
        volunteer.Phone = Clean(draft.Phone) ?? volunteer.Phone;
        volunteer.EmergencyContactName = Clean(draft.EmergencyContactName);
        volunteer.EmergencyContactPhone = Clean(draft.EmergencyContactPhone);
        volunteer.Diet = Clean(draft.Diet);
        volunteer.Languages = Clean(draft.Languages);
        volunteer.Skills = Clean(draft.Skills);
        registration.Motivation = Clean(draft.Motivation);
        registration.GuardianName = Clean(draft.GuardianName);
        // The moment of a consent is kept while it stands; withdrawing it clears it.
        registration.GuardianConsentAt = draft.GuardianConsents ? registration.GuardianConsentAt ?? now : null;
        registration.MinorConsentAt = draft.MinorConsents ? registration.MinorConsentAt ?? now : null;
        if (send) registration.FileSentAt = now;
        if (registration.Stage == RegistrationStage.Accepted)
            db.RegistrationHistory.Add(registration.Enter(RegistrationStage.AwaitingDocuments, registration.Status, now, actor.Name, actor.UserId));
        else registration.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var advanced = send ? await advance.ExecuteAsync(registrationId, cancellationToken) : null;
        return new FileSaveOutcome(errors, advanced);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static FileSaveOutcome Refused(string message) => new(new Dictionary<string, string> { [""] = message }, null);
}
