using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Registrations;

/// <summary>Puts a session open to registrations in the browser tests' host.</summary>
internal static class BrowserRegistrations
{
    public static async Task<(Session Session, ProgrammeFixtures Programme)> PublishedSessionAsync(
        BrowserFixture browser, int minimumAge = 18, bool acceptAutomatically = false, bool requiresIdentityDocument = false)
    {
        var programme = await ProgrammeFixtures.CreateAsync(browser.App.Database);
        // 2029: a season of its own, so other browser tests' sessions never share its days.
        var session = programme.NewSession("2029-07-02", "2029-07-15");
        session.Status = SessionStatus.Published;
        session.Capacity = 4;
        session.MinimumAge = minimumAge;
        session.AcceptAutomatically = acceptAutomatically;
        session.RequiresIdentityDocument = requiresIdentityDocument;
        await using var db = browser.App.Database.CreateContext();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return (session, programme);
    }
}
