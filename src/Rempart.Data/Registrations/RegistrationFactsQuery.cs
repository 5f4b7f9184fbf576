using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>
/// What the lifecycle's guards need to know about a registration now. Sessions do not ask for
/// documents yet and the catalogue has no prices yet (the registration form and the pricing issue
/// bring them, and this is where they will be read): until then a registration's file is complete
/// and there is nothing to pay, which is what lets staff confirm an accepted registration.
/// </summary>
internal static class RegistrationFactsQuery
{
    public static RegistrationFacts For(Session session, DateTime now) =>
        new(DocumentsComplete: true, Paid: false, NothingToPay: true, SessionStarted: DateOnly.FromDateTime(now) >= session.StartDate);
}
