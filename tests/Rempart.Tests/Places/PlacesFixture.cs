using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Data.Programming;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Places;

/// <summary>A migrated database with one association's worksite, for sessions with places.</summary>
internal sealed class PlacesFixture : IAsyncDisposable
{
    public static readonly Actor Staff = ProgrammeFixtures.Staff;

    private PlacesFixture(TestDatabase database, ProgrammeFixtures programme) => (Database, Programme) = (database, programme);

    public TestDatabase Database { get; }
    public ProgrammeFixtures Programme { get; }
    public ManualClock Clock { get; } = new();

    public static async Task<PlacesFixture> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        if (provider == DatabaseProvider.Sqlite)
        {
            // As the application runs it (PrepareDatabaseOnStart): readers do not wait for the writer.
            await using var db = database.CreateContext();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        return new PlacesFixture(database, await ProgrammeFixtures.CreateAsync(database));
    }

    public HoldPlace Hold(bool guarded = true) =>
        new(Database.Contexts, Clock, Options.Create(new PlaceOptions { HoldMinutes = 30 }), Feed) { Guarded = guarded };

    public ProgrammeChangeFeed Feed { get; } = new();

    public SaveAllocations SaveAllocations() => new(Database.Contexts, Clock, Feed);

    public ReleaseDueAllocations Release() => new(Database.Contexts, Clock, Feed);

    public JoinWaitingList Join() => new(Database.Contexts, Clock);

    public OfferFreedPlaces Offer() => new(Database.Contexts, Clock, Options.Create(new PlaceOptions { HoldMinutes = 30, OfferHours = 48 }), Feed);

    public AnswerOffer Answer() => new(Database.Contexts, Clock, Feed);

    public ChangeRegistrationStage ChangeStage(RegistrationOptions? options = null) => new(Database.Contexts, Clock, Feed, Options.Create(options ?? new RegistrationOptions()));

    public ConfirmRegistration Confirm() => new(Database.Contexts, Clock);

    public async Task<Session> SessionAsync(int capacity, int minimumAge = 18, int? maximumAge = null)
    {
        var session = Programme.NewSession("2027-07-05", "2027-07-18");
        session.Capacity = capacity;
        session.MinimumAge = minimumAge;
        session.MaximumAge = maximumAge;
        session.Status = SessionStatus.Published;
        await using var db = Database.CreateContext();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    public async Task<Allocation> AllocateAsync(Session session, int size, Guid? organisationId = null)
    {
        var allocation = new Allocation { SessionId = session.Id, OrganisationId = organisationId ?? Programme.Association.Id, Size = size };
        await using var db = Database.CreateContext();
        db.Allocations.Add(allocation);
        await db.SaveChangesAsync();
        return allocation;
    }

    public async Task<List<Volunteer>> VolunteersAsync(int count, DateOnly? birthDate = null)
    {
        var volunteers = Enumerable.Range(0, count).Select(i => new Volunteer
        {
            FirstName = "Bénévole", LastName = $"N{i}", Email = $"v{i}-{Guid.NewGuid():N}@test.rempart.local",
            BirthDate = birthDate ?? new DateOnly(2000, 1, 1),
        }).ToList();
        await using var db = Database.CreateContext();
        db.Volunteers.AddRange(volunteers);
        await db.SaveChangesAsync();
        return volunteers;
    }

    public async Task<int> TakenAsync(Session session)
    {
        await using var db = Database.CreateContext();
        var counts = await PlaceQueries.CountsAsync(db, [session.Id], Clock.GetUtcNow().UtcDateTime);
        return counts[session.Id].Taken;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
