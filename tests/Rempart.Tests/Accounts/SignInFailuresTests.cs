using Microsoft.EntityFrameworkCore;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Accounts;

public sealed class SignInFailuresTests
{
    private static readonly SignInLockout Rule = new(10, TimeSpan.FromHours(24));

    private static async Task<RempartUser> CreateUserAsync(TestDatabase database)
    {
        var user = new RempartUser { UserName = $"u{Guid.NewGuid():N}@test.local", Email = "u@test.local" };
        user.NormalizedUserName = user.UserName.ToUpperInvariant();
        await using var db = database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    [Theory, DatabaseData]
    public async Task TheTenthFailure_LocksTheAccount_NotTheNinth(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await CreateUserAsync(database);
        var failures = new SignInFailures(database.Contexts, new ManualClock());

        var locks = new List<bool>();
        for (var i = 0; i < 10; i++) locks.Add(await failures.RecordAsync(user.Id, Rule));

        Assert.Equal(Enumerable.Repeat(false, 9).Append(true), locks);
        Assert.True(await failures.IsLockedAsync(user.Id));
    }

    [Theory, DatabaseData]
    public async Task TwentyParallelFailures_AllCount_AndLockExactlyOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await CreateUserAsync(database);
        var failures = new SignInFailures(database.Contexts, new ManualClock());

        var locks = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => failures.RecordAsync(user.Id, Rule))));

        Assert.Single(locks, locked => locked);
        Assert.True(await failures.IsLockedAsync(user.Id));
    }

    [Theory, DatabaseData]
    public async Task Lockout_EndsAfter24Hours_AndTheCountStartsAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await CreateUserAsync(database);
        var clock = new ManualClock();
        var failures = new SignInFailures(database.Contexts, clock);
        for (var i = 0; i < 10; i++) await failures.RecordAsync(user.Id, Rule);

        clock.Advance(TimeSpan.FromHours(23.9));
        var stillLocked = await failures.IsLockedAsync(user.Id);
        clock.Advance(TimeSpan.FromHours(0.2));
        var unlocked = !await failures.IsLockedAsync(user.Id);
        var lockedByOneMore = await failures.RecordAsync(user.Id, Rule);

        Assert.True(stillLocked);
        Assert.True(unlocked);
        Assert.False(lockedByOneMore);
    }

    [Theory, DatabaseData]
    public async Task Clear_UnlocksAtOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await CreateUserAsync(database);
        var failures = new SignInFailures(database.Contexts, new ManualClock());
        for (var i = 0; i < 10; i++) await failures.RecordAsync(user.Id, Rule);

        await failures.ClearAsync(user.Id);

        Assert.False(await failures.IsLockedAsync(user.Id));
        await using var db = database.CreateContext();
        Assert.Equal(0, (await db.Users.SingleAsync(u => u.Id == user.Id)).FailedSignIns);
    }
}
