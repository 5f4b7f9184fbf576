using Rempart.Domain.Accounts;

namespace Rempart.Web.Benchmarks;

/// <summary>Who the benchmarks act as: a member of the union's staff with the built-in staff profile's permissions.</summary>
internal static class BenchmarkActors
{
    public static Actor Staff { get; } = new(Guid.NewGuid(), "Banc d'essai", new HashSet<ProfileKind> { ProfileKind.Staff }, null)
    {
        Permissions = BuiltInProfiles.For(ProfileKind.Staff).Permissions.ToHashSet(),
    };
}
