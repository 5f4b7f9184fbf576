using Rempart.Domain.Accounts;

namespace Rempart.Web.Accounts;

/// <summary>Bound from "SignIn": the lockout, the reset links and how fast open sessions notice a change.</summary>
public sealed class SignInSecurityOptions
{
    public const string Section = "SignIn";

    public int MaxFailedAttempts { get; set; } = 10;
    public double LockoutHours { get; set; } = 24;
    public double ResetLinkMinutes { get; set; } = 60;

    /// <summary>How long the activation link of an invitation works.</summary>
    public double InviteLinkDays { get; set; } = 7;

    /// <summary>How often an open Blazor circuit re-checks its account (deactivated, reset, rights changed).</summary>
    public double RevalidationSeconds { get; set; } = 60;

    public SignInLockout Lockout => new(MaxFailedAttempts, TimeSpan.FromHours(LockoutHours));
}
