using Microsoft.AspNetCore.Components;

namespace Rempart.Web.Registrations;

/// <summary>
/// "My registrations" and the registration file serve two spaces: the volunteer's (/benevole) and a
/// partner's, whose structure follows the young people it registers (/partenaire). Links stay in the
/// space the page was opened from.
/// </summary>
public static class VolunteerRoutes
{
    public static bool IsPartner(NavigationManager navigation) =>
        navigation.ToBaseRelativePath(navigation.Uri).StartsWith("partenaire", StringComparison.Ordinal);

    public static string BaseOf(NavigationManager navigation) => IsPartner(navigation) ? "/partenaire" : "/benevole";
}
