namespace Rempart.Domain.Pricing;

/// <summary>A session the volunteer took part in, which makes them a returning volunteer.</summary>
public sealed record PastSession(string Site, int Season);

/// <summary>What prices depend on, for one volunteer on one session, on the day of the registration.</summary>
/// <param name="SessionId">The session registered to.</param>
/// <param name="Season">Its season (the year it starts).</param>
/// <param name="AgeAtStart">The volunteer's age on its first day.</param>
/// <param name="Category">The volunteer's profile group.</param>
/// <param name="PreviousSeason">A session of the previous season the volunteer attended, if any.</param>
/// <param name="ByGroupManager">The registration was made by a group manager.</param>
/// <param name="RegisteredOn">The day of the registration.</param>
public sealed record PricingFacts(
    Guid SessionId, int Season, int AgeAtStart, VolunteerCategory Category, PastSession? PreviousSeason, bool ByGroupManager, DateOnly RegisteredOn);
