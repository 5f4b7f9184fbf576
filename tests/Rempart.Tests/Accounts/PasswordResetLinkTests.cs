using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

public sealed class PasswordResetLinkTests : IAsyncLifetime
{
    private readonly ManualClock clock = new();
    private RempartAppFactory app = default!;
    private WebApplicationFactoryWithClock host = default!;

    public async Task InitializeAsync()
    {
        app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        host = new WebApplicationFactoryWithClock(app, clock);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await app.DisposeAsync();
    }

    private async Task<(IServiceScope Scope, UserManager<RempartUser> Users, RempartUser User)> UserAsync()
    {
        var email = $"reset-{Guid.NewGuid():N}@test.rempart.local";
        var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();
        var user = new RempartUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Une phrase assez longue 2026")).Succeeded);
        return (scope, users, user);
    }

    [Fact]
    public async Task ResetLink_IsAcceptedAt59Minutes_AndRefusedAt61()
    {
        var (scope, users, user) = await UserAsync();
        using var _ = scope;
        var early = await users.GeneratePasswordResetTokenAsync(user);
        clock.Advance(TimeSpan.FromMinutes(59));
        var at59 = await users.VerifyUserTokenAsync(user, ResetLinkTokenProvider.Name, UserManager<RempartUser>.ResetPasswordTokenPurpose, early);
        clock.Advance(TimeSpan.FromMinutes(2));
        var at61 = await users.VerifyUserTokenAsync(user, ResetLinkTokenProvider.Name, UserManager<RempartUser>.ResetPasswordTokenPurpose, early);

        Assert.True(at59);
        Assert.False(at61);
    }

    [Fact]
    public async Task ANewRequest_InvalidatesTheOlderLink_AndALinkWorksOnce_EndingOtherSessions()
    {
        var (scope, users, user) = await UserAsync();
        using var _ = scope;
        var reset = scope.ServiceProvider.GetRequiredService<ResetPasswordWithLink>();
        var older = await users.GeneratePasswordResetTokenAsync(user);
        var newer = await users.GeneratePasswordResetTokenAsync(user);
        var stampBefore = await users.GetSecurityStampAsync(user);

        var withOlder = await reset.ExecuteAsync(user.Email!, older, "Encore une phrase assez longue", null);
        var withNewer = await reset.ExecuteAsync(user.Email!, newer, "Encore une phrase assez longue", null);
        var replayed = await reset.ExecuteAsync(user.Email!, newer, "Une toute autre phrase longue", null);

        Assert.Equal("InvalidToken", Assert.Single(withOlder.Errors).Code);
        Assert.True(withNewer.Succeeded);
        Assert.Equal("InvalidToken", Assert.Single(replayed.Errors).Code);
        var reloaded = (await users.FindByIdAsync(user.Id.ToString()))!;
        Assert.True(await users.CheckPasswordAsync(reloaded, "Encore une phrase assez longue"));
        Assert.NotEqual(stampBefore, await users.GetSecurityStampAsync(reloaded));
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("1QAZ2WSX3EDC")]
    [InlineData("court")]
    public async Task CommonOrShortPasswords_AreRefused_InFrench(string password)
    {
        var (scope, users, user) = await UserAsync();
        using var _ = scope;

        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.Contains("mot de passe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CommonPasswordList_HoldsAtLeastTenThousandPasswords()
    {
        Assert.True(CommonPasswordValidator.Count >= 10_000, $"{CommonPasswordValidator.Count} passwords");
    }

    /// <summary>The same host with the application's clock replaced, so a test can move time.</summary>
    private sealed class WebApplicationFactoryWithClock(RempartAppFactory app, ManualClock clock) : IAsyncDisposable
    {
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory =
            app.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));

        public IServiceProvider Services => factory.Services;

        public ValueTask DisposeAsync() => factory.DisposeAsync();
    }
}
