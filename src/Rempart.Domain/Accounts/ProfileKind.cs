namespace Rempart.Domain.Accounts;

/// <summary>
/// The kinds of people who use Rempart, each with its own space and navigation.
/// Fine-grained permissions come with configurable profiles (issue 4); these kinds decide the spaces.
/// </summary>
public enum ProfileKind
{
    SuperAdmin,
    Staff,
    AssociationManager,
    Partner,
    Volunteer,
    ExtranetMember,
}
