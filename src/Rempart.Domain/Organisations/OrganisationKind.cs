namespace Rempart.Domain.Organisations;

public enum OrganisationKind
{
    Union,
    MemberAssociation,
    ForeignPartner,
    SocialStructure,
}
