using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Domain.Places;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Places;

namespace Rempart.Tests.Places;

public sealed class AllocationsTests
{
    [Theory, DatabaseData]
    public async Task Allocations_AreCheckedAgainstCapacityAndUse_AndWrittenToTheSessionsHistory(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 10);
        var partner = new Organisation { Name = "Concordia", Kind = OrganisationKind.ForeignPartner };
        await using (var db = places.Database.CreateContext())
        {
            db.Organisations.Add(partner);
            await db.SaveChangesAsync();
        }
        var staff = PlacesFixture.Staff;
        AllocationDraft For(Guid organisation, int size, Guid? id = null) => new() { Id = id, OrganisationId = organisation, Size = size };

        Assert.Empty(await places.SaveAllocations().ExecuteAsync(session.Id, [For(places.Programme.Association.Id, 4), For(partner.Id, 3)], staff));
        var saved = await AllocationsOf(places, session.Id);
        var association = saved.Single(a => a.OrganisationId == places.Programme.Association.Id);
        var manager = TestActors.Holding(places.Programme.Association.Id, ProfileKind.AssociationManager);
        foreach (var volunteer in await places.VolunteersAsync(2))
            Assert.True((await places.Hold().ExecuteAsync(session.Id, volunteer.Id, association.Id, manager, confirm: true)).Succeeded);

        var tooMany = await places.SaveAllocations().ExecuteAsync(session.Id, [For(places.Programme.Association.Id, 8, association.Id), For(partner.Id, 3, saved.Single(a => a.OrganisationId == partner.Id).Id)], staff);
        var belowUse = await places.SaveAllocations().ExecuteAsync(session.Id, [For(places.Programme.Association.Id, 1, association.Id)], staff);
        var byManager = await places.SaveAllocations().ExecuteAsync(session.Id, [], manager);

        Assert.Equal("Les réservations totalisent 11 places pour une capacité de 10.", tooMany[""]);
        Assert.Equal("2 place(s) sont déjà prises dans cette réservation : elle ne peut pas descendre en dessous.", belowUse[association.Id.ToString()]);
        Assert.Equal("Vous n'avez pas le droit de répartir les places.", byManager[""]);
        Assert.Equal([3, 4], (await AllocationsOf(places, session.Id)).Select(a => a.Size).Order());
        await using var check = places.Database.CreateContext();
        var history = await check.SessionEvents.Where(e => e.SessionId == session.Id).Select(e => e.Text).ToListAsync();
        Assert.Contains("4 place(s) réservée(s) pour " + places.Programme.Association.Name + ".", history);
        Assert.Contains("3 place(s) réservée(s) pour Concordia.", history);
    }

    [Theory, DatabaseData]
    public async Task OnTheReleaseDate_UnusedAllocatedPlacesReturnToTheOpenPool_Once(DatabaseProvider provider)
    {
        await using var places = await PlacesFixture.CreateAsync(provider);
        var session = await places.SessionAsync(capacity: 6);
        var releaseDate = DateOnly.FromDateTime(places.Clock.GetUtcNow().UtcDateTime).AddDays(3);
        Assert.Empty(await places.SaveAllocations().ExecuteAsync(session.Id,
            [new AllocationDraft { OrganisationId = places.Programme.Association.Id, Size = 5, ReleaseDate = releaseDate }], PlacesFixture.Staff));
        var allocation = (await AllocationsOf(places, session.Id)).Single();
        var manager = TestActors.Holding(places.Programme.Association.Id, ProfileKind.AssociationManager);
        var volunteers = await places.VolunteersAsync(4);
        Assert.True((await places.Hold().ExecuteAsync(session.Id, volunteers[0].Id, allocation.Id, manager, confirm: true)).Succeeded);
        Assert.True((await places.Hold().ExecuteAsync(session.Id, volunteers[1].Id, null, PlacesFixture.Staff)).Succeeded);
        Assert.Equal(HoldRefusal.SessionFull, (await places.Hold().ExecuteAsync(session.Id, volunteers[2].Id, null, PlacesFixture.Staff)).Refusal);

        places.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await places.Release().ExecuteAsync());
        places.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await places.Release().ExecuteAsync());
        Assert.Equal(0, await places.Release().ExecuteAsync());

        Assert.Equal(1, (await AllocationsOf(places, session.Id)).Single().Size);
        // The hold of volunteer 1 ran out meanwhile: 5 places are free in the open pool now.
        Assert.True((await places.Hold().ExecuteAsync(session.Id, volunteers[2].Id, null, PlacesFixture.Staff)).Succeeded);
        await using var db = places.Database.CreateContext();
        Assert.Contains(await db.SessionEvents.Where(e => e.SessionId == session.Id).Select(e => e.Text).ToListAsync(),
            t => t == $"4 place(s) non utilisée(s) de la réservation de {places.Programme.Association.Name} rendue(s) au contingent libre (1 gardée(s)).");
    }

    [Fact]
    public async Task TheSchedulerRunsTheReleaseHourly_AndFreesPlacesEveryMinute()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var release = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(ReleaseAllocationsJob.Key)));
        var expire = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(FreePlacesJob.Key)));

        Assert.Equal("0 5 * * * ?", release.CronExpressionString);
        Assert.Equal("0 * * * * ?", expire.CronExpressionString);
    }

    private static async Task<List<Allocation>> AllocationsOf(PlacesFixture places, Guid sessionId)
    {
        await using var db = places.Database.CreateContext();
        return await db.Allocations.Where(a => a.SessionId == sessionId).ToListAsync();
    }
}
