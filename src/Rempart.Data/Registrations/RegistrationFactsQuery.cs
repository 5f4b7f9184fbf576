using Microsoft.EntityFrameworkCore;
using Rempart.Data.Invoicing;
using Rempart.Data.Pricing;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>
/// What the lifecycle's guards need to know about a registration now. Its file is complete when the
/// form was sent, every document the session requires was accepted, and a minor's consents were
/// given. What is owed comes from the order in force: paid when its balance is settled, nothing to
/// pay when it costs nothing; with no order yet, there is nothing to pay only when the session's
/// catalogue offers this volunteer nothing at all (no step to go through).
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
        var order = await CurrentOrderQuery.ForAsync(db, registration.Id, cancellationToken);
        var nothingToPay = order is null
            ? (await RegistrationBasketQuery.ForAsync(db, registration, cancellationToken)).Basket.Lines.Count == 0
            : order.Order.Total == 0;
        var paid = order is not null && order.Order.Total > 0 && order.Balance.Settled;
        return new RegistrationFacts(DocumentsComplete: complete, Paid: paid, NothingToPay: nothingToPay, SessionStarted: DateOnly.FromDateTime(now) >= session.StartDate);
    }
}
