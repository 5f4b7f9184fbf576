namespace Rempart.Domain.Accounts;

/// <summary>
/// A group manager (a social worker, a parent) acts for the people they follow: their profile,
/// registrations and payments. Nobody acts for someone else without this link; what staff may do
/// is each feature's rule (<see cref="Places.PlaceAccess"/>), not this one's.
/// </summary>
public static class ManagedAccounts
{
    public static bool MayActFor(Actor actor, Guid personId, IReadOnlySet<Guid> managedByActor) =>
        actor.UserId == personId || managedByActor.Contains(personId);
}
