using System.Security.Claims;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Accounts;

public static class CurrentProfiles
{
    /// <summary>The profile kinds a signed-in user holds, read from the role claims of their cookie.</summary>
    public static IReadOnlyList<ProfileKind> Of(ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => ProfileRoles.Parse(c.Value)).OfType<ProfileKind>().Distinct().ToList();
}
