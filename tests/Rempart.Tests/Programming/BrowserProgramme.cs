using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data;
using Rempart.Data.Programming;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

/// <summary>Puts a programme in the browser tests' host: its own association, site and worksite, and sessions saved through the real operation.</summary>
internal static class BrowserProgramme
{
    public static async Task<(string Title, List<Guid> Sessions, Guid Association)> CreateAsync(BrowserFixture browser, params (string Start, string End)[] dates)
    {
        var contexts = browser.App.Services.GetRequiredService<IDbContextFactory<RempartDbContext>>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var association = new Organisation { Name = $"Association {suffix}", Kind = OrganisationKind.MemberAssociation };
        var site = new Site { Name = $"Tour {suffix}", Commune = "Montlhéry", Region = "Île-de-France", AssociationId = association.Id };
        var worksite = new Worksite { Title = $"Chantier {suffix}", SiteId = site.Id, AssociationId = association.Id };
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.AddRange(association, site, worksite);
            await db.SaveChangesAsync();
        }
        var save = browser.App.Services.GetRequiredService<SaveSession>();
        var ids = new List<Guid>();
        foreach (var (start, end) in dates)
        {
            var session = new Session { WorksiteId = worksite.Id, StartDate = DateOnly.Parse(start), EndDate = DateOnly.Parse(end), Capacity = 10, MinimumAge = 18 };
            Assert.True((await save.ExecuteAsync(null, session, ProgrammeFixtures.Staff)).Succeeded);
            ids.Add(session.Id);
        }
        return (worksite.Title, ids, association.Id);
    }
}
