using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.PublicApi;
using Rempart.Domain.Accounts;
using Rempart.Domain.PublicApi;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.PublicApi;

/// <summary>Idempotency-Keys on a real database: claimed once, answered the same, forgotten after a day.</summary>
public sealed class ApiIdempotencyTests
{
    [Theory, DatabaseData]
    public async Task AKey_IsClaimedOnce_AnsweredTheSame_RefusedForAnotherRequest_AndForgottenAfterADay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new ManualClock();
        var (key, _, _) = await new ApiKeys(database.Contexts, clock).CreateAsync("Site", [ApiScopes.RegistrationsWrite], null, TestActors.Holding(null, ProfileKind.SuperAdmin));
        var idempotency = new ApiIdempotency(database.Contexts, clock);

        Assert.Equal(IdempotencyState.Started, (await idempotency.BeginAsync(key!.Id, "k1", "hash-a")).State);
        Assert.Equal(IdempotencyState.InProgress, (await idempotency.BeginAsync(key.Id, "k1", "hash-a")).State);
        Assert.Equal(IdempotencyState.Mismatch, (await idempotency.BeginAsync(key.Id, "k1", "hash-b")).State);
        await idempotency.FinishAsync(key.Id, "k1", 201, "{\"inscription\":1}");
        Assert.Equal((IdempotencyState.Answered, 201, "{\"inscription\":1}"), await idempotency.BeginAsync(key.Id, "k1", "hash-a"));
        Assert.Equal(IdempotencyState.Started, (await idempotency.BeginAsync(key.Id, "k2", "hash-c")).State);
        await idempotency.AbandonAsync(key.Id, "k2");
        Assert.Equal(IdempotencyState.Started, (await idempotency.BeginAsync(key.Id, "k2", "hash-c")).State);

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await idempotency.ForgetOldAsync());
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(2, await idempotency.ForgetOldAsync());
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.ApiIdempotentRequests.CountAsync());
    }
}
