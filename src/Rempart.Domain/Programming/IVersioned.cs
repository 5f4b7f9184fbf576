namespace Rempart.Domain.Programming;

/// <summary>
/// An entity edited by several people: <see cref="Version"/> changes at every save, so a save based
/// on an older version is refused and the person is told who changed what.
/// </summary>
public interface IVersioned
{
    Guid Id { get; }
    Guid Version { get; set; }
    DateTime UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}
