using Rempart.Domain.Accounts;

namespace Rempart.Domain.Programming;

/// <summary>
/// Who may change the programme: whoever holds sessions.edit; the union's staff everything, an
/// association manager the worksites and sessions of their own association only, and no site.
/// </summary>
public static class ProgrammeAccess
{
    public static bool CanEditSites(Actor actor) => actor.IsStaff && actor.Can(Permissions.SessionsEdit);

    public static bool CanEditWorksitesOf(Actor actor, Guid associationId) =>
        actor.Can(Permissions.SessionsEdit)
        && (actor.IsStaff || (actor.Profiles.Contains(ProfileKind.AssociationManager) && actor.OrganisationId == associationId));
}
