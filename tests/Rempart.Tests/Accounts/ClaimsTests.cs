using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Organisations;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

public sealed class ClaimsTests
{
    [Fact]
    public async Task SignInCookie_CarriesTheOrganisationAndProfiles_TheDomainActorIsBuiltFrom()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var association = new Organisation { Name = "Les Amis de Blandy", Kind = OrganisationKind.MemberAssociation };
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RempartDbContext>>().CreateDbContextAsync())
        {
            db.Organisations.Add(association);
            await db.SaveChangesAsync();
        }
        var user = await app.CreateUserAsync("gestionnaire@test.rempart.local", "Mot-de-passe-2026", association.Id, ProfileKind.AssociationManager);
        using var scope = app.Services.CreateScope();

        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<RempartUser>>().CreateAsync(user);
        var actor = CurrentActor.From(principal);

        Assert.Equal(association.Id, actor.OrganisationId);
        Assert.Equal(user.Id, actor.UserId);
        Assert.Equal([ProfileKind.AssociationManager], actor.Profiles);
        Assert.False(actor.IsStaff);
    }
}
