using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>Someone else saved the record since it was opened: who, when, and which fields they changed.</summary>
public sealed record ConcurrentChange(string? UpdatedBy, DateTime UpdatedAt, IReadOnlyList<string> ChangedFields);

/// <summary>
/// What a save did: saved (with the new version), refused with messages per field, refused because
/// someone else saved first, or refused because the person may not change this record.
/// </summary>
public sealed record SaveOutcome(
    Guid? Id,
    Guid? Version,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyList<ScheduleConflict> ScheduleConflicts,
    ConcurrentChange? Concurrent,
    bool Forbidden)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Id is not null;

    public static SaveOutcome Saved(IVersioned entity) => new(entity.Id, entity.Version, NoErrors, [], null, false);
    public static SaveOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(null, null, errors, [], null, false);
    public static SaveOutcome Conflicting(IReadOnlyList<ScheduleConflict> conflicts) => new(null, null, NoErrors, conflicts, null, false);
    public static SaveOutcome Stale(ConcurrentChange change) => new(null, null, NoErrors, [], change, false);
    public static SaveOutcome Refused() => new(null, null, NoErrors, [], null, true);
}
