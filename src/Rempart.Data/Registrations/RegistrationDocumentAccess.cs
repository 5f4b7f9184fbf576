using Rempart.Domain.Accounts;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Registrations;

/// <summary>Health data is a separate right: the volunteer's own side, and organisers holding the health permission.</summary>
internal static class RegistrationDocumentAccess
{
    public static bool MayOpenHealthForm(Actor actor, IReadOnlyList<StageActor> roles) =>
        roles.Contains(StageActor.Volunteer) || ((roles.Contains(StageActor.Staff) || roles.Contains(StageActor.Organiser)) && actor.Can(Permissions.HealthRead));
}
