namespace Rempart.Domain.Programming;

public enum WorksiteStatus
{
    Draft,
    Active,
    Archived,
}
