namespace Rempart.Domain.Extranet;

/// <summary>
/// An event of the shared calendar (a committee, a meeting), in Paris local time, seen by every
/// member or by its groups, perhaps repeating (<see cref="Recurrence"/>, with its changed
/// occurrences in <see cref="CalendarEventChange"/>), with the admins' custom attributes.
/// </summary>
public sealed class CalendarEvent
{
    public const int MaximumTitle = 150;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Location { get; set; }

    /// <summary>Local (Paris) times; for an all-day event, midnight of its first day and of its last day.</summary>
    public DateTime Start { get; set; }
    public DateTime End { get; set; }
    public bool AllDay { get; set; }
    public RecurrenceFrequency Frequency { get; set; }
    public int Interval { get; set; } = 1;

    /// <summary>Weekly repetitions: the days, as RFC 5545 writes them ("MO,TH").</summary>
    public string? Weekdays { get; set; }
    public int? WeekdayPosition { get; set; }
    public DateOnly? Until { get; set; }
    public int? Count { get; set; }
    public bool ForEveryMember { get; set; }
    public bool RemindDayBefore { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public Recurrence Recurrence
    {
        get => new(Frequency, Interval, CalendarDays.Parse(Weekdays), WeekdayPosition, Until, Count);
        set
        {
            (Frequency, Interval, WeekdayPosition, Until, Count) = (value.Frequency, value.Interval, value.WeekdayPosition, value.Until, value.Count);
            Weekdays = value.Weekdays is { Count: > 0 } days ? CalendarDays.Format(days) : null;
        }
    }
}

public sealed class CalendarEventGroup
{
    public Guid EventId { get; set; }
    public Guid GroupId { get; set; }
}

/// <summary>One occurrence of a repeating event, cancelled or moved.</summary>
public sealed class CalendarEventChange
{
    public Guid EventId { get; set; }
    public DateOnly OriginalDate { get; set; }
    public bool Cancelled { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
}

public enum AttributeType
{
    Text,
    Number,
    YesNo,
    Choice,
    Date,
}

/// <summary>A field the admins add to every event ("commission", "quorum requis", "lien visio").</summary>
public sealed class EventAttribute
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public AttributeType Type { get; set; }

    /// <summary>For a choice: the values offered, one per line.</summary>
    public string? Choices { get; set; }
    public int Position { get; set; }

    public IReadOnlyList<string> ChoiceList => (Choices ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class EventAttributeValue
{
    public Guid EventId { get; set; }
    public Guid AttributeId { get; set; }
    public string Value { get; set; } = "";
}

/// <summary>A member's secret iCalendar address; regenerating it makes the old one answer nothing.</summary>
public sealed class CalendarFeed
{
    public Guid UserId { get; set; }
    public string Token { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>A reminder already sent for one occurrence: never twice.</summary>
public sealed class CalendarReminder
{
    public Guid EventId { get; set; }
    public DateOnly OccurrenceDate { get; set; }
    public DateTime SentAt { get; set; }
}
