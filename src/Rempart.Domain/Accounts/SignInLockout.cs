namespace Rempart.Domain.Accounts;

/// <summary>
/// The lockout rule: after <see cref="MaxFailedAttempts"/> wrong passwords in a row the account is
/// locked for <see cref="Duration"/>; a successful sign-in or the end of the lockout starts the count again.
/// </summary>
public sealed record SignInLockout(int MaxFailedAttempts, TimeSpan Duration)
{
    public static SignInLockout Default { get; } = new(10, TimeSpan.FromHours(24));

    /// <summary>SignInFailures says the same in SQL; screens ask here.</summary>
    public static bool IsLocked(DateTime? lockedUntil, DateTime now) => lockedUntil is { } until && until > now;
}
