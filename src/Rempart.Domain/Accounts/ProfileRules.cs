namespace Rempart.Domain.Accounts;

/// <summary>What a profile must be before it is saved; messages are keyed by field, in French.</summary>
public static class ProfileRules
{
    public const int NameMaxLength = 80;

    /// <summary>Without these, nobody could manage accounts or profiles any more.</summary>
    public static readonly IReadOnlyList<string> SuperAdminKeeps = [Permissions.UsersManage, Permissions.ProfilesManage];

    public static Dictionary<string, string> Validate(string? name, IEnumerable<string> permissions, string? builtInKey, ProfileKind kind, ProfileKind? builtInKind)
    {
        var errors = new Dictionary<string, string>();
        var held = permissions.ToHashSet();
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Indiquez le nom du profil.";
        else if (name.Trim().Length > NameMaxLength) errors["Name"] = $"Le nom ne peut dépasser {NameMaxLength} caractères.";
        var unknown = held.FirstOrDefault(p => !Permissions.Exists(p));
        if (unknown is not null) errors["Permissions"] = $"La permission « {unknown} » n'existe pas.";
        if (builtInKey == ProfileRoles.SuperAdmin && SuperAdminKeeps.Any(p => !held.Contains(p)))
            errors["Permissions"] = "Le profil super-administrateur garde la gestion des comptes et des profils.";
        if (builtInKind is { } fixedKind && fixedKind != kind)
            errors["Kind"] = "L'espace d'un profil fourni avec Rempart ne change pas.";
        return errors;
    }

    /// <summary>True when saving removes something the holders had: they must sign in again.</summary>
    public static bool Revokes(ProfileKind oldKind, IEnumerable<string> oldPermissions, ProfileKind newKind, IEnumerable<string> newPermissions) =>
        oldKind != newKind || oldPermissions.Except(newPermissions).Any();
}
