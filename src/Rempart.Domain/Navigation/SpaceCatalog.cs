using Rempart.Domain.Accounts;

namespace Rempart.Domain.Navigation;

/// <summary>
/// Which spaces each profile may open. The navigation menu, the landing page after sign-in
/// and the authorization policies of the pages all read this one table.
/// </summary>
public static class SpaceCatalog
{
    public static readonly Space Administration = new(
        "admin", "Space_Admin", "/admin", "admin_panel_settings",
        [
            new MenuItem("Menu_Accounts", "/admin/comptes", "manage_accounts"),
            new MenuItem("Menu_Organisations", "/admin/organisations", "corporate_fare"),
            new MenuItem("Menu_Groups", "/admin/groupes", "diversity_3"),
            new MenuItem("Menu_Profiles", "/admin/profils", "verified_user"),
            new MenuItem("Menu_Audit", "/admin/journal", "policy"),
            new MenuItem("Menu_DeletionRequests", "/admin/donnees-personnelles", "shield_person"),
            new MenuItem("Menu_Jobs", "/admin/taches", "schedule"),
            new MenuItem("Menu_MailPickup", "/admin/courriels-envoyes", "outgoing_mail"),
            new MenuItem("Menu_ApiKeys", "/admin/cles-api", "key"),
            new MenuItem("Menu_Website", "/admin/site-web", "public"),
        ]);

    public static readonly Space BackOffice = new(
        "gestion", "Space_BackOffice", "/gestion", "dashboard",
        [
            new MenuItem("Menu_Sites", "/gestion/sites", "castle"),
            new MenuItem("Menu_Map", "/gestion/carte", "map"),
            new MenuItem("Menu_Worksites", "/gestion/chantiers", "construction"),
            new MenuItem("Menu_Sessions", "/gestion/sessions", "event"),
            new MenuItem("Menu_Calendar", "/gestion/calendrier", "calendar_month"),
            new MenuItem("Menu_Leaders", "/gestion/animateurs", "badge"),
            new MenuItem("Menu_PlacesGrid", "/gestion/places", "event_seat"),
            new MenuItem("Menu_Registrations", "/gestion/inscriptions", "how_to_reg"),
            new MenuItem("Menu_Pricing", "/gestion/tarifs", "sell"),
            new MenuItem("Menu_Invoices", "/gestion/factures", "receipt_long"),
            new MenuItem("Menu_Accounting", "/gestion/comptabilite", "account_balance"),
            new MenuItem("Menu_Insurance", "/gestion/assurances", "health_and_safety"),
            new MenuItem("Menu_Campaigns", "/gestion/campagnes", "campaign"),
            new MenuItem("Menu_MailTemplates", "/gestion/courriels", "mail"),
            new MenuItem("Menu_Documents", "/documents", "folder_shared"),
        ]);

    public static readonly Space Association = new(
        "association", "Space_Association", "/association", "groups",
        [
            new MenuItem("Menu_Worksites", "/association/chantiers", "construction"),
            new MenuItem("Menu_Sessions", "/association/sessions", "event"),
            new MenuItem("Menu_Calendar", "/association/calendrier", "calendar_month"),
            new MenuItem("Menu_Places", "/association/places", "event_seat"),
            new MenuItem("Menu_Registrations", "/association/inscriptions", "how_to_reg"),
            new MenuItem("Menu_Campaigns", "/association/campagnes", "campaign"),
            new MenuItem("Menu_Messages", "/association/messages", "forum", ShowsUnreadMessages: true),
            new MenuItem("Menu_Documents", "/documents", "folder_shared"),
        ]);

    public static readonly Space Partner = new(
        "partenaire", "Space_Partner", "/partenaire", "handshake",
        [
            new MenuItem("Menu_Places", "/partenaire/places", "event_seat"),
            new MenuItem("Menu_PartnerRegistrations", "/partenaire/inscriptions", "how_to_reg"),
            new MenuItem("Menu_Documents", "/documents", "folder_shared"),
        ]);

    public static readonly Space Volunteer = new(
        "benevole", "Space_Volunteer", "/benevole", "person",
        [
            new MenuItem("Menu_MyRegistrations", "/benevole/inscriptions", "how_to_reg"),
            new MenuItem("Menu_Messages", "/benevole/messages", "forum", ShowsUnreadMessages: true),
        ]);

    public static readonly Space Extranet = new(
        "extranet", "Space_Extranet", "/extranet", "lock",
        [
            new MenuItem("Menu_ExtranetCalendar", "/extranet/calendrier", "event_note"),
            new MenuItem("Menu_Documents", "/documents", "folder_shared"),
        ]);

    /// <summary>Spaces in menu order; the first one a user may open is where they land.</summary>
    public static IReadOnlyList<Space> All { get; } =
        [BackOffice, Association, Partner, Volunteer, Extranet, Administration];

    public static IReadOnlySet<ProfileKind> AllowedProfiles(Space space) => space.Key switch
    {
        "admin" => new HashSet<ProfileKind> { ProfileKind.SuperAdmin },
        // The union's staff work in the back-office; the super-admin is staff too.
        "gestion" => new HashSet<ProfileKind> { ProfileKind.Staff, ProfileKind.SuperAdmin },
        "association" => new HashSet<ProfileKind> { ProfileKind.AssociationManager },
        "partenaire" => new HashSet<ProfileKind> { ProfileKind.Partner },
        "benevole" => new HashSet<ProfileKind> { ProfileKind.Volunteer },
        "extranet" => new HashSet<ProfileKind> { ProfileKind.ExtranetMember, ProfileKind.Staff, ProfileKind.SuperAdmin },
        _ => new HashSet<ProfileKind>(),
    };

    public static bool MayOpen(Space space, IEnumerable<ProfileKind> profiles) =>
        profiles.Any(AllowedProfiles(space).Contains);

    public static IReadOnlyList<Space> For(IEnumerable<ProfileKind> profiles)
    {
        var held = profiles.ToHashSet();
        return All.Where(s => MayOpen(s, held)).ToList();
    }

    /// <summary>
    /// The spaces a person opens, each with the entries not already shown in an earlier one (the
    /// docuthèque is in several spaces; staff who also open the extranet see it once).
    /// </summary>
    public static IReadOnlyList<Space> MenuFor(IEnumerable<ProfileKind> profiles)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        return For(profiles).Select(space => space with { Sections = space.Sections.Where(item => shown.Add(item.Href)).ToList() }).ToList();
    }

    /// <summary>Where a user lands after signing in; null when they hold no profile yet.</summary>
    public static Space? LandingFor(IEnumerable<ProfileKind> profiles) => For(profiles).FirstOrDefault();
}
