using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

/// <summary>A small programme in a test database: one association, a site, a worksite, leaders.</summary>
internal sealed class ProgrammeFixtures
{
    public Organisation Association { get; } = new() { Name = $"Les Amis de Treigny {Guid.NewGuid():N}", Kind = OrganisationKind.MemberAssociation };
    public Site Site { get; private set; } = default!;
    public Worksite Worksite { get; private set; } = default!;
    public Leader Lea { get; } = new() { FirstName = "Léa", LastName = "Martin" };
    public Leader Hugo { get; } = new() { FirstName = "Hugo", LastName = "Petit" };

    public static Actor Staff { get; } = TestActors.Holding(Guid.NewGuid(), "Camille (personnel)", null, ProfileKind.Staff);

    public Actor ManagerOf(Organisation organisation) =>
        TestActors.Holding(Guid.NewGuid(), "Gestionnaire", organisation.Id, ProfileKind.AssociationManager);

    public static async Task<ProgrammeFixtures> CreateAsync(TestDatabase database)
    {
        var fixtures = new ProgrammeFixtures();
        fixtures.Site = new Site { Name = "Château de Guédelon", Commune = "Treigny", AssociationId = fixtures.Association.Id };
        fixtures.Worksite = new Worksite { Title = "Restauration des courtines", SiteId = fixtures.Site.Id, AssociationId = fixtures.Association.Id };
        await using var db = database.CreateContext();
        db.Organisations.Add(fixtures.Association);
        db.Sites.Add(fixtures.Site);
        db.Worksites.Add(fixtures.Worksite);
        db.Leaders.AddRange(fixtures.Lea, fixtures.Hugo);
        await db.SaveChangesAsync();
        return fixtures;
    }

    public Session NewSession(string start, string end, params Leader[] leaders)
    {
        var session = new Session
        {
            WorksiteId = Worksite.Id, StartDate = DateOnly.Parse(start), EndDate = DateOnly.Parse(end), Capacity = 12, MinimumAge = 18,
        };
        session.Leaders.AddRange(leaders.Select(l => new SessionLeader { SessionId = session.Id, LeaderId = l.Id }));
        return session;
    }

    /// <summary>A published session of a new programme (association, site, worksite), saved: what a visitor can register for.</summary>
    public static async Task<Session> PublishedSessionAsync(TestDatabase database, string start = "2029-08-06", string end = "2029-08-19")
    {
        var programme = await CreateAsync(database);
        var session = programme.NewSession(start, end);
        session.Status = SessionStatus.Published;
        await using var db = database.CreateContext();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }
}
