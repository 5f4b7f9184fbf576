using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Registrations;

/// <summary>The review list as the grid asks for it, one page at a time, on both databases: pages that neither overlap nor skip, sorts, the total, the scope.</summary>
public sealed class ListRegistrationsTests
{
    private static readonly RegistrationStage[] ToReview = [RegistrationStage.UnderReview];

    [Theory, DatabaseData]
    public async Task Pages_CoverEveryLineOnce_NewestFirst_WithTheTotal_AndSortsByTheColumnAsked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var session = programme.NewSession("2031-07-07", "2031-07-20");
        var now = new DateTime(2031, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var volunteers = Enumerable.Range(0, 30).Select(i => new Volunteer
        {
            FirstName = $"Vol {i:00}", LastName = "Martin", Email = $"vol-{i:00}-{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(1990 + i % 10, 1 + i % 12, 1),
        }).ToList();
        await using (var db = database.CreateContext())
        {
            db.Sessions.Add(session);
            db.Volunteers.AddRange(volunteers);
            for (var i = 0; i < volunteers.Count; i++)
            {
                var registration = new Registration { SessionId = session.Id, VolunteerId = volunteers[i].Id };
                // Vol 00 is the newest; the last one is confirmed, out of the "to review" filter.
                registration.Begin(i == 29 ? RegistrationStage.Confirmed : RegistrationStage.UnderReview, RegistrationStatus.Confirmed, now.AddMinutes(-i), "Rempart", null);
                db.Registrations.Add(registration);
            }
            await db.SaveChangesAsync();
        }
        var list = new ListRegistrations(database.Contexts);
        var staff = ProgrammeFixtures.Staff;

        var first = await list.ExecuteAsync(new RegistrationFilter(ToReview, Take: 25), staff);
        var second = await list.ExecuteAsync(new RegistrationFilter(ToReview, Skip: 25, Take: 25), staff);
        Assert.Equal((29, 29), (first.Total, second.Total));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"Vol {i:00} Martin"), first.Rows.Select(r => r.VolunteerName));
        Assert.Equal(Enumerable.Range(25, 4).Select(i => $"Vol {i:00} Martin"), second.Rows.Select(r => r.VolunteerName));

        var byNameDown = await list.ExecuteAsync(new RegistrationFilter(ToReview, Take: 3, Sort: new RegistrationSort(nameof(RegistrationRow.VolunteerName), Descending: true)), staff);
        Assert.Equal(["Vol 28 Martin", "Vol 27 Martin", "Vol 26 Martin"], byNameDown.Rows.Select(r => r.VolunteerName));
        var oldestFirst = await list.ExecuteAsync(new RegistrationFilter(ToReview, Take: 29, Sort: new RegistrationSort(nameof(RegistrationRow.AgeAtStart), Descending: true)), staff);
        Assert.Equal(oldestFirst.Rows.Select(r => r.AgeAtStart).OrderDescending(), oldestFirst.Rows.Select(r => r.AgeAtStart));
        var receivedFirst = await list.ExecuteAsync(new RegistrationFilter(ToReview, Take: 2, Sort: new RegistrationSort(nameof(RegistrationRow.CreatedAt), Descending: false)), staff);
        Assert.Equal(["Vol 28 Martin", "Vol 27 Martin"], receivedFirst.Rows.Select(r => r.VolunteerName));

        // A few letters of a name: Vol 1 and Vol 10 to 19, their total and their page.
        var found = await list.ExecuteAsync(new RegistrationFilter(ToReview, "vol 1", Take: 25), staff);
        Assert.Equal(10, found.Total);
        Assert.All(found.Rows, r => Assert.StartsWith("Vol 1", r.VolunteerName, StringComparison.Ordinal));
        // Sorted by name, the search is the same; the worksite's title finds every line of its sessions.
        var foundByName = await list.ExecuteAsync(new RegistrationFilter(ToReview, "VOL 2", Take: 3, Sort: new RegistrationSort(nameof(RegistrationRow.VolunteerName), Descending: true)), staff);
        Assert.Equal(9, foundByName.Total);
        Assert.Equal(["Vol 28 Martin", "Vol 27 Martin", "Vol 26 Martin"], foundByName.Rows.Select(r => r.VolunteerName));
        Assert.Equal(29, (await list.ExecuteAsync(new RegistrationFilter(ToReview, "courtines"), staff)).Total);
        Assert.Equal(0, (await list.ExecuteAsync(new RegistrationFilter(ToReview, "personne"), staff)).Total);

        // A page is never larger than the limit, and a manager of another association sees nothing.
        Assert.Equal(29, (await list.ExecuteAsync(new RegistrationFilter(ToReview, Take: 100_000), staff)).Rows.Count);
        var stranger = programme.ManagerOf(new Organisation { Name = "Une autre", Kind = OrganisationKind.MemberAssociation });
        Assert.Equal(0, (await list.ExecuteAsync(new RegistrationFilter(ToReview), stranger)).Total);
        Assert.Equal(29, (await list.ExecuteAsync(new RegistrationFilter(ToReview), programme.ManagerOf(programme.Association))).Total);
    }
}
