namespace Rempart.Tests.Infrastructure;

/// <summary>A clock the test moves by hand (lockout expiry, link lifetime), starting now.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
