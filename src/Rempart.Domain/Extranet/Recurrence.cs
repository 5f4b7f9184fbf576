namespace Rempart.Domain.Extranet;

public enum RecurrenceFrequency
{
    None,
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

/// <summary>
/// How an event repeats, in RFC 5545's terms: every <see cref="Interval"/> days, weeks (on
/// <see cref="Weekdays"/>), months (on the start's day of the month, or on its weekday at a
/// <see cref="WeekdayPosition"/>: 2 for "the 2nd Tuesday", -1 for "the last") or years; until a day
/// (<see cref="Until"/>, included) or for <see cref="Count"/> occurrences, or forever.
/// </summary>
public sealed record Recurrence(
    RecurrenceFrequency Frequency, int Interval = 1, IReadOnlyList<DayOfWeek>? Weekdays = null, int? WeekdayPosition = null, DateOnly? Until = null, int? Count = null)
{
    public static readonly Recurrence None = new(RecurrenceFrequency.None);
}

/// <summary>One occurrence changed: cancelled, or moved to other times (local, Paris).</summary>
public sealed record OccurrenceChange(DateOnly OriginalDate, bool Cancelled, DateTime? Start = null, DateTime? End = null);

/// <summary>An occurrence as shown: its own day in the series, and its local times (Paris).</summary>
public sealed record Occurrence(DateOnly OriginalDate, DateTime Start, DateTime End, bool Moved);
