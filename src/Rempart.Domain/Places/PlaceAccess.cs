using Rempart.Domain.Accounts;

namespace Rempart.Domain.Places;

/// <summary>Who may put a volunteer into which places.</summary>
public static class PlaceAccess
{
    /// <summary>Allocating places, editing waiting lists and reading the season's figures: the union's staff holding places.allocate.</summary>
    public static bool MayAllocate(Actor actor) => actor.IsStaff && actor.Can(Permissions.PlacesAllocate);

    /// <param name="actor">Who is asking.</param>
    /// <param name="allocation">The allocation the place would come from; null for the open pool.</param>
    /// <param name="forSelfOrManaged">The volunteer is the actor, or someone the actor manages (a parent, a social worker).</param>
    /// <param name="openPoolForOrganisations">The session lets associations and partners use its open pool.</param>
    /// <param name="actorProfileIds">The profiles the actor holds, for allocations made to a profile.</param>
    public static bool MayTake(Actor actor, Allocation? allocation, bool forSelfOrManaged, bool openPoolForOrganisations, IReadOnlySet<Guid> actorProfileIds)
    {
        // The union's staff place anyone anywhere.
        if (actor.IsStaff && actor.Can(Permissions.RegistrationsValidate)) return true;
        var actsForOrganisation = actor.OrganisationId is not null
            && (actor.Profiles.Contains(ProfileKind.AssociationManager) || actor.Profiles.Contains(ProfileKind.Partner));
        if (allocation is null) return forSelfOrManaged || (openPoolForOrganisations && actsForOrganisation);
        if (allocation.OrganisationId is { } organisation) return actsForOrganisation && actor.OrganisationId == organisation;
        return allocation.ProfileId is { } profile && actorProfileIds.Contains(profile);
    }
}
