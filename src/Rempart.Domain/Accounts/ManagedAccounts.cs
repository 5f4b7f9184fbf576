namespace Rempart.Domain.Accounts;

/// <summary>
/// A group manager (a social worker, a parent) acts for the people they follow: their profile,
/// registrations and payments. Nobody acts for someone else without this link, except staff.
/// </summary>
public static class ManagedAccounts
{
    public static bool MayActFor(Actor actor, Guid personId, IReadOnlySet<Guid> managedByActor) =>
        actor.UserId == personId || actor.IsStaff || managedByActor.Contains(personId);
}
