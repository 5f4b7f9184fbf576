using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

public sealed class BootstrapSuperAdminTests
{
    [Theory, DatabaseData]
    public async Task StartUp_WithBootstrapSettings_CreatesThatSuperAdmin_WhoCanSignIn(DatabaseProvider provider)
    {
        await using var app = await RempartAppFactory.CreateAsync(provider);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();

        var admins = await users.GetUsersInRoleAsync(BuiltInProfiles.SuperAdmin.Name);

        var admin = Assert.Single(admins);
        Assert.Equal("admin@test.rempart.local", admin.Email);
        Assert.True(await users.CheckPasswordAsync(admin, "Bootstrap-Admin-2026"));
        Assert.True(await users.IsInRoleAsync(admin, BuiltInProfiles.Staff.Name));
    }

    [Fact]
    public async Task StartUp_OnPostgresWithoutBootstrapSettings_CreatesNoAccount()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["Bootstrap:AdminEmail"] = "",
            ["Bootstrap:AdminPassword"] = "",
        });
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();

        Assert.Empty(await users.GetUsersInRoleAsync(BuiltInProfiles.SuperAdmin.Name));
    }

    [Fact]
    public async Task StartUp_OnTheEmbeddedDefaultWithoutSettings_GeneratesAnAdminWithAStrongUniquePassword()
    {
        var noSettings = new Dictionary<string, string?> { ["Bootstrap:AdminEmail"] = "", ["Bootstrap:AdminPassword"] = "" };
        await using var first = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: noSettings);
        await using var second = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: noSettings);

        var a = await AdminAsync(first);
        var b = await AdminAsync(second);

        Assert.Equal("admin@rempart.local", a.Email);
        // No default password: each installation gets its own.
        Assert.NotEqual(a.PasswordHash, b.PasswordHash);
        using var scope = first.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>().CheckPasswordAsync(a, "admin"));
    }

    private static async Task<RempartUser> AdminAsync(RempartAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return Assert.Single(await scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>().GetUsersInRoleAsync(BuiltInProfiles.SuperAdmin.Name));
    }
}
