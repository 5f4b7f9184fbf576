using Microsoft.AspNetCore.Authorization;
using Rempart.Domain.Accounts;
using Rempart.Domain.Navigation;

namespace Rempart.Web.Accounts;

/// <summary>
/// One authorization policy per space, built from <see cref="SpaceCatalog"/> (pages and menu agree by
/// construction), and one per permission of the catalogue, for pages that need a right within a space.
/// </summary>
public static class SpacePolicies
{
    public const string Admin = "space:admin";
    public const string BackOffice = "space:gestion";
    public const string Association = "space:association";
    public const string Partner = "space:partenaire";
    public const string Volunteer = "space:benevole";
    public const string Extranet = "space:extranet";

    private const string PermissionPrefix = "permission:";

    /// <summary>Pages an association and a partner share (their places), each under its own address.</summary>
    public const string OrganisationPortal = "portal:organisation";

    /// <summary>The programme's editing pages: staff and association managers holding sessions.edit (each operation then checks the association).</summary>
    public const string ProgrammeEditors = PermissionPrefix + Permissions.SessionsEdit;
    public const string UsersManage = PermissionPrefix + Permissions.UsersManage;
    public const string ProfilesManage = PermissionPrefix + Permissions.ProfilesManage;
    public const string AuditRead = PermissionPrefix + Permissions.AuditRead;
    public const string PlacesAllocate = PermissionPrefix + Permissions.PlacesAllocate;
    public const string PricingManage = PermissionPrefix + Permissions.PricingManage;
    public const string MailTemplates = PermissionPrefix + Permissions.MailTemplates;
    public const string MailSend = PermissionPrefix + Permissions.MailSend;
    public const string ExtranetManage = PermissionPrefix + Permissions.ExtranetManage;

    /// <summary>Orders, invoices and payments: staff who record payments or read the accounts.</summary>
    public const string Finances = "finances";

    public static string For(Space space) => "space:" + space.Key;

    public static string ForPermission(string permission) => PermissionPrefix + permission;

    /// <summary>
    /// An endpoint convention: every page under a space's address (/gestion/..., /association/...)
    /// requires that space's policy, whatever its component declares. A component shared by two
    /// spaces (the programme's pages) thus opens in each only for that space's people.
    /// </summary>
    public static void RequireSpaceOfAddress(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route) return;
        var address = "/" + route.RoutePattern.RawText?.TrimStart('/');
        var space = SpaceCatalog.All.FirstOrDefault(s => address == s.Href || address.StartsWith(s.Href + "/", StringComparison.Ordinal));
        if (space is not null) endpoint.Metadata.Add(new AuthorizeAttribute(For(space)));
    }

    public static string[] RolesOf(Space space) =>
        SpaceCatalog.AllowedProfiles(space).Select(ProfileRoles.For).ToArray();
}
