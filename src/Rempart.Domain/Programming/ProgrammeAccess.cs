using Rempart.Domain.Accounts;

namespace Rempart.Domain.Programming;

/// <summary>
/// Who may change the programme: the union's staff everything; an association manager the
/// worksites and sessions of their own association only, and no site.
/// </summary>
public static class ProgrammeAccess
{
    public static bool CanEditSites(Actor actor) => actor.IsStaff;

    public static bool CanEditWorksitesOf(Actor actor, Guid associationId) =>
        actor.IsStaff
        || (actor.Profiles.Contains(ProfileKind.AssociationManager) && actor.OrganisationId == associationId);
}
