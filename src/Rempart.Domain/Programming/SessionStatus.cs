namespace Rempart.Domain.Programming;

public enum SessionStatus
{
    Draft,
    Published,
    Full,
    Closed,
    Cancelled,
}
