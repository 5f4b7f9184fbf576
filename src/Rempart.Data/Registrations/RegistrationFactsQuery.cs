using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>
/// What the lifecycle's guards need to know about a registration now. Its file is complete when the
/// form was sent, every document the session requires was accepted, and a minor's consents were
/// given. The catalogue has no prices yet (the pricing issue brings them, and this is where they
/// will be read): until then there is nothing to pay, so a complete file confirms the registration.
/// </summary>
internal static class RegistrationFactsQuery
{
    public static async Task<RegistrationFacts> ForAsync(RempartDbContext db, Registration registration, Session session, DateTime now, CancellationToken cancellationToken)
    {
        var birthDate = await db.Volunteers.Where(v => v.Id == registration.VolunteerId).Select(v => v.BirthDate).FirstAsync(cancellationToken);
        var accepted = await db.RegistrationDocuments
            .Where(d => d.RegistrationId == registration.Id && d.Status == DocumentStatus.Accepted).Select(d => d.Kind).ToListAsync(cancellationToken);
        var required = DocumentRules.Required(session.RequiresIdentityDocument, session.RequiresHealthForm, session.RequiredCertificate, Age.On(birthDate, session.StartDate));
        var consents = ConsentRules.Missing(Age.On(birthDate, DateOnly.FromDateTime(now)), registration.GuardianName,
            registration.GuardianConsentAt is not null, registration.MinorConsentAt is not null);
        var complete = registration.FileSentAt is not null && required.All(accepted.Contains) && consents.Count == 0;
        return new RegistrationFacts(DocumentsComplete: complete, Paid: false, NothingToPay: true, SessionStarted: DateOnly.FromDateTime(now) >= session.StartDate);
    }
}
