using Rempart.Domain.Accounts;

namespace Rempart.Tests.Infrastructure;

/// <summary>Actors as the sign-in cookie would describe someone holding Rempart's built-in profiles.</summary>
internal static class TestActors
{
    public static Actor Holding(Guid? organisationId, params ProfileKind[] kinds) => Holding(Guid.NewGuid(), "Test", organisationId, kinds);

    public static Actor Holding(Guid userId, string name, Guid? organisationId, params ProfileKind[] kinds) =>
        new(userId, name, kinds.ToHashSet(), organisationId)
        {
            Permissions = kinds.SelectMany(k => BuiltInProfiles.For(k).Permissions).ToHashSet(),
        };
}
