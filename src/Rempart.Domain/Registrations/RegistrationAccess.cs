using Rempart.Domain.Accounts;

namespace Rempart.Domain.Registrations;

/// <summary>The people around one registration, as its access rules need them.</summary>
/// <param name="VolunteerUserId">The volunteer's own account, if they have one.</param>
/// <param name="RegisteredBy">The account that filled the registration in (the volunteer, a parent, a structure).</param>
/// <param name="OrganiserId">The association that runs the session's worksite.</param>
/// <param name="AllocationOrganisationId">The association or partner whose reserved places the registration uses, if any.</param>
/// <param name="ManagedByActor">The volunteer's account is one the asker manages (a parent, a group manager).</param>
public sealed record RegistrationParties(Guid? VolunteerUserId, Guid? RegisteredBy, Guid OrganiserId, Guid? AllocationOrganisationId, bool ManagedByActor);

/// <summary>Who may see a registration, and in which role they may move it along its lifecycle.</summary>
public static class RegistrationAccess
{
    /// <summary>The roles the asker holds on this registration, the strongest first; none means they may not see it.</summary>
    public static IReadOnlyList<StageActor> RolesOf(Actor actor, RegistrationParties parties)
    {
        if (actor.IsRempart) return [StageActor.System];
        var roles = new List<StageActor>();
        if (actor.IsStaff && actor.Can(Permissions.RegistrationsValidate)) roles.Add(StageActor.Staff);
        if (actor.OrganisationId == parties.OrganiserId && actor.Profiles.Contains(ProfileKind.AssociationManager)) roles.Add(StageActor.Organiser);
        // A structure that registered someone in its reserved places acts for them, as a parent would.
        var forTheirPlaces = parties.AllocationOrganisationId is { } holder && actor.OrganisationId == holder
            && (actor.Profiles.Contains(ProfileKind.AssociationManager) || actor.Profiles.Contains(ProfileKind.Partner));
        if (actor.UserId == parties.VolunteerUserId || actor.UserId == parties.RegisteredBy || parties.ManagedByActor || forTheirPlaces)
            roles.Add(StageActor.Volunteer);
        return roles;
    }

    /// <summary>Staff read every registration (deciding needs the permission); others only those they hold a role on.</summary>
    public static bool MaySee(Actor actor, RegistrationParties parties) => actor.IsStaff || RolesOf(actor, parties).Count > 0;

    /// <summary>
    /// The role in which the asker makes this change: the first of their roles the lifecycle allows,
    /// or the refusal of their strongest role when none does.
    /// </summary>
    public static (StageActor? Role, string? Refusal) RoleFor(Actor actor, RegistrationParties parties, RegistrationStage from, RegistrationStage to, RegistrationFacts facts, string? reason)
    {
        var roles = RolesOf(actor, parties);
        if (roles.Count == 0) return (null, "Vous ne pouvez pas modifier cette inscription.");
        string? first = null;
        foreach (var role in roles)
        {
            var refusal = RegistrationLifecycle.Check(from, to, role, facts, reason);
            if (refusal is null) return (role, null);
            first ??= refusal;
        }
        return (null, first);
    }
}
