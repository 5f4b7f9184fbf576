namespace Rempart.Domain.Accounts;

/// <summary>A profile Rempart creates on first start; the super-admin may then rename and adjust it.</summary>
public sealed record BuiltInProfile(string Key, string Name, ProfileKind Kind, string Description, IReadOnlyList<string> Permissions);

/// <summary>
/// The profiles a new installation starts with, one per space. Their key never changes (the
/// super-admin may rename them), so that code and tests can find "the staff profile".
/// </summary>
public static class BuiltInProfiles
{
    public static readonly BuiltInProfile SuperAdmin = new(ProfileRoles.SuperAdmin, "Super-administrateur", ProfileKind.SuperAdmin,
        "Administre les comptes, les profils et la sécurité.", Permissions.All);

    public static readonly BuiltInProfile Staff = new(ProfileRoles.Staff, "Salarié de l'Union", ProfileKind.Staff,
        "Programme, inscriptions, paiements, communication et documents de toute l'Union.",
        [Permissions.SessionsEdit, Permissions.PlacesAllocate, Permissions.RegistrationsValidate, Permissions.HealthRead, Permissions.PricingManage, Permissions.PaymentsRecord,
         Permissions.AccountingRead, Permissions.DocumentsManage, Permissions.MailSend, Permissions.MailTemplates, Permissions.ExtranetRead]);

    public static readonly BuiltInProfile AssociationManager = new(ProfileRoles.AssociationManager, "Responsable d'association", ProfileKind.AssociationManager,
        "Les chantiers, sessions et bénévoles de sa propre association.",
        [Permissions.SessionsEdit, Permissions.RegistrationsValidate, Permissions.HealthRead, Permissions.MailSend]);

    public static readonly BuiltInProfile Partner = new(ProfileRoles.Partner, "Partenaire", ProfileKind.Partner,
        "Les places réservées à sa structure et les bénévoles qu'elle inscrit.", []);

    public static readonly BuiltInProfile Volunteer = new(ProfileRoles.Volunteer, "Bénévole", ProfileKind.Volunteer,
        "Ses inscriptions, ses documents et ses paiements.", []);

    public static readonly BuiltInProfile ExtranetMember = new(ProfileRoles.ExtranetMember, "Membre de l'extranet", ProfileKind.ExtranetMember,
        "Les pages, documents et événements de l'extranet ouverts à ses groupes.", [Permissions.ExtranetRead]);

    public static IReadOnlyList<BuiltInProfile> All { get; } = [SuperAdmin, Staff, AssociationManager, Partner, Volunteer, ExtranetMember];

    public static BuiltInProfile For(ProfileKind kind) => All.First(p => p.Kind == kind);
}
