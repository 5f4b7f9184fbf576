using Rempart.Domain.Organisations;

namespace Rempart.Domain.Pricing;

/// <summary>Which profile group a volunteer's prices follow, from whose places they take and where they live.</summary>
public static class VolunteerCategories
{
    /// <param name="placesOf">The kind of organisation whose reserved places the registration uses, if any.</param>
    /// <param name="country">The volunteer's country.</param>
    public static VolunteerCategory Of(OrganisationKind? placesOf, string? country) => placesOf switch
    {
        OrganisationKind.SocialStructure => VolunteerCategory.SocialStructure,
        OrganisationKind.ForeignPartner => VolunteerCategory.InternationalVolunteer,
        OrganisationKind.MemberAssociation => VolunteerCategory.MemberAssociation,
        _ when !string.IsNullOrWhiteSpace(country) && !string.Equals(country.Trim(), "France", StringComparison.OrdinalIgnoreCase) => VolunteerCategory.InternationalVolunteer,
        _ => VolunteerCategory.Individual,
    };
}
