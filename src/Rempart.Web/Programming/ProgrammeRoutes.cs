using Microsoft.AspNetCore.Components;

namespace Rempart.Web.Programming;

/// <summary>
/// The worksite and session pages serve two spaces: the union's back-office (/gestion) and an
/// association manager's own space (/association), where the operations limit everything to
/// their association. Links stay in the space the page was opened from.
/// </summary>
public static class ProgrammeRoutes
{
    public const string BackOffice = "/gestion";
    public const string Association = "/association";

    public static string BaseOf(NavigationManager navigation) =>
        navigation.ToBaseRelativePath(navigation.Uri).StartsWith("association", StringComparison.Ordinal) ? Association : BackOffice;

    public static string SpaceTitleKey(string basePath) => basePath == Association ? "Space_Association" : "Space_BackOffice";
}
