namespace Rempart.Domain.Accounts;

/// <summary>One right a profile can grant, with the French label the profile editor shows.</summary>
public sealed record Permission(string Key, string Label, string Group);

/// <summary>
/// The catalogue of permissions, defined in code: pages, endpoints and operations check these keys;
/// the super-admin composes them into profiles (stored in the database) but cannot invent new ones.
/// </summary>
public static class Permissions
{
    public const string SessionsEdit = "sessions.edit";
    public const string PlacesAllocate = "places.allocate";
    public const string RegistrationsValidate = "registrations.validate";
    public const string HealthRead = "registrations.health";
    public const string PaymentsRecord = "payments.record";
    public const string PricingManage = "pricing.manage";
    public const string AccountingRead = "accounting.read";
    public const string DocumentsManage = "documents.manage";
    public const string MailSend = "mail.send";
    public const string MailTemplates = "mail.templates";
    public const string UsersManage = "users.manage";
    public const string ProfilesManage = "profiles.manage";
    public const string AuditRead = "audit.read";
    public const string ExtranetRead = "extranet.read";
    public const string ExtranetManage = "extranet.manage";

    public static IReadOnlyList<Permission> Catalogue { get; } =
    [
        new(SessionsEdit, "Modifier le programme : sites, chantiers, sessions", "Programme"),
        new(PlacesAllocate, "Répartir les places entre associations et partenaires", "Programme"),
        new(RegistrationsValidate, "Accepter ou refuser les inscriptions", "Inscriptions"),
        new(HealthRead, "Consulter les fiches sanitaires des volontaires (chaque accès est journalisé)", "Inscriptions"),
        new(PricingManage, "Configurer les produits et les tarifs", "Finances"),
        new(PaymentsRecord, "Enregistrer des paiements et des remboursements", "Finances"),
        new(AccountingRead, "Consulter la comptabilité et les exports", "Finances"),
        new(DocumentsManage, "Gérer les documents de la docuthèque", "Documents"),
        new(MailSend, "Envoyer des messages et des campagnes", "Communication"),
        new(MailTemplates, "Modifier les modèles des e-mails envoyés par Rempart", "Communication"),
        new(UsersManage, "Gérer les comptes, les organisations et les groupes", "Administration"),
        new(ProfilesManage, "Gérer les profils et leurs permissions", "Administration"),
        new(AuditRead, "Consulter le journal de sécurité", "Administration"),
        new(ExtranetRead, "Lire l'extranet", "Extranet"),
        new(ExtranetManage, "Gérer les pages et le calendrier de l'extranet", "Extranet"),
    ];

    private static readonly HashSet<string> Keys = Catalogue.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    public static bool Exists(string key) => Keys.Contains(key);

    public static IReadOnlyList<string> All { get; } = Catalogue.Select(p => p.Key).ToList();
}
