using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

public sealed class ChangeAccountStateTests
{
    private static Actor As(RempartUser user, params ProfileKind[] profiles) => TestActors.Holding(user.Id, user.Email!, null, profiles);

    [Fact]
    public async Task Deactivating_ChangesTheSecurityStamp_OnlyForTheSuperAdmin_AndNeverOneself()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var admin = await app.CreateUserAsync("chef@test.rempart.local", "Une phrase assez longue 1", ProfileKind.SuperAdmin);
        var target = await app.CreateUserAsync("cible@test.rempart.local", "Une phrase assez longue 2", ProfileKind.Volunteer);
        using var scope = app.Services.CreateScope();
        var change = scope.ServiceProvider.GetRequiredService<ChangeAccountState>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();
        var stamp = await users.GetSecurityStampAsync((await users.FindByIdAsync(target.Id.ToString()))!);

        var byStaff = await change.SetActiveAsync(target.Id, false, As(admin, ProfileKind.Staff));
        var byAdminOnSelf = await change.SetActiveAsync(admin.Id, false, As(admin, ProfileKind.SuperAdmin));
        var byAdmin = await change.SetActiveAsync(target.Id, false, As(admin, ProfileKind.SuperAdmin));

        Assert.Equal("Vous n'avez pas le droit de gérer les comptes.", byStaff);
        Assert.Equal("Vous ne pouvez pas désactiver votre propre compte.", byAdminOnSelf);
        Assert.Null(byAdmin);
        var reloaded = (await users.FindByIdAsync(target.Id.ToString()))!;
        Assert.False(reloaded.IsActive);
        Assert.NotEqual(stamp, await users.GetSecurityStampAsync(reloaded));
    }
}
