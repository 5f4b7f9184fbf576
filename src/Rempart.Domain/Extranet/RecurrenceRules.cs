namespace Rempart.Domain.Extranet;

/// <summary>
/// Expands a repeating event for a range of days, as RFC 5545 would: a day that does not exist in
/// a month (the 31st, the 5th Tuesday, February 29th) is skipped, not moved; COUNT counts the
/// occurrences generated, cancelled ones included; times are local (Paris), so a weekly meeting at
/// 18:00 stays at 18:00 across the changes to and from summer time. Radzen's scheduler has no
/// recurrence of its own: it is given these occurrences.
/// </summary>
public static class RecurrenceRules
{
    /// <summary>Past this, a series is cut: nobody plans committee meetings a thousand years ahead.</summary>
    public const int MaximumOccurrences = 5000;

    public static Dictionary<string, string> Validate(DateTime start, DateTime end, Recurrence recurrence)
    {
        var errors = new Dictionary<string, string>();
        if (end < start) errors["End"] = "La fin est avant le début.";
        if (recurrence.Frequency == RecurrenceFrequency.None) return errors;
        if (recurrence.Interval is < 1 or > 99) errors["Interval"] = "Entre 1 et 99.";
        if (recurrence.Count is < 1 or > 500) errors["Count"] = "Entre 1 et 500 occurrences.";
        if (recurrence.Until is { } until && until < DateOnly.FromDateTime(start)) errors["Until"] = "La répétition s'arrête avant le premier jour.";
        if (recurrence.Count is not null && recurrence.Until is not null) errors["Until"] = "Choisissez une date de fin ou un nombre d'occurrences, pas les deux.";
        if (recurrence.WeekdayPosition is { } position && (position is 0 or < -1 or > 5)) errors["WeekdayPosition"] = "Du 1er au 5e, ou le dernier.";
        if ((end - start).TotalDays > 31) errors["End"] = "Un événement qui se répète dure au plus 31 jours.";
        // RFC 5545 counts the first day as an occurrence whatever the rule says: it must be one of the days chosen.
        if (recurrence.Frequency == RecurrenceFrequency.Weekly && recurrence.Weekdays is { Count: > 0 } days && !days.Contains(start.DayOfWeek))
            errors["Weekdays"] = "Le premier jour de l'événement doit être un des jours choisis.";
        if (recurrence.Frequency == RecurrenceFrequency.Monthly && recurrence.WeekdayPosition is { } nth
            && nth != -1 && nth != PositionInMonth(DateOnly.FromDateTime(start)))
            errors["WeekdayPosition"] = "Le premier jour de l'événement doit être à cette place dans son mois.";
        if (recurrence.Frequency == RecurrenceFrequency.Monthly && recurrence.WeekdayPosition == -1 && !IsLastOfItsKind(DateOnly.FromDateTime(start)))
            errors["WeekdayPosition"] = "Le premier jour de l'événement doit être le dernier de son genre dans son mois.";
        return errors;
    }

    /// <summary>The occurrences that overlap the days from <paramref name="from"/> to <paramref name="to"/> (included), in order.</summary>
    public static IReadOnlyList<Occurrence> Expand(DateTime start, DateTime end, Recurrence recurrence, IReadOnlyList<OccurrenceChange> changes, DateOnly from, DateOnly to)
    {
        var duration = end - start;
        var byDate = changes.GroupBy(c => c.OriginalDate).ToDictionary(g => g.Key, g => g.Last());
        var rangeStart = from.ToDateTime(TimeOnly.MinValue);
        var rangeEnd = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var found = new List<Occurrence>();
        foreach (var day in Days(DateOnly.FromDateTime(start), recurrence))
        {
            var occurrenceStart = day.ToDateTime(TimeOnly.FromDateTime(start));
            // Past the range (and past anything a change could move into it, a month at most): stop.
            if (occurrenceStart > rangeEnd.AddDays(31)) break;
            var occurrence = new Occurrence(day, occurrenceStart, occurrenceStart + duration, false);
            if (byDate.TryGetValue(day, out var change))
            {
                if (change.Cancelled) continue;
                if (change.Start is { } movedStart)
                    occurrence = new Occurrence(day, movedStart, change.End ?? movedStart + duration, true);
            }
            // An occurrence overlaps the range when it starts before its end and ends after its start (a zero-length one on its first instant counts).
            if (occurrence.Start < rangeEnd && (occurrence.End > rangeStart || occurrence.Start >= rangeStart))
                found.Add(occurrence);
        }
        return found.OrderBy(o => o.Start).ToList();
    }

    /// <summary>The days of the series, from its first, in order, as many as COUNT or UNTIL allow.</summary>
    public static IEnumerable<DateOnly> Days(DateOnly first, Recurrence recurrence)
    {
        if (recurrence.Frequency == RecurrenceFrequency.None)
        {
            yield return first;
            yield break;
        }
        var produced = 0;
        foreach (var day in Candidates(first, recurrence))
        {
            if (day < first) continue;
            if (recurrence.Until is { } until && day > until) yield break;
            if (recurrence.Count is { } count && produced >= count) yield break;
            if (produced >= MaximumOccurrences) yield break;
            produced++;
            yield return day;
        }
    }

    private static IEnumerable<DateOnly> Candidates(DateOnly first, Recurrence recurrence)
    {
        var interval = Math.Max(1, recurrence.Interval);
        switch (recurrence.Frequency)
        {
            case RecurrenceFrequency.Daily:
                for (var day = first; ; day = day.AddDays(interval)) yield return day;
            case RecurrenceFrequency.Weekly:
                var weekdays = (recurrence.Weekdays is { Count: > 0 } chosen ? chosen : [first.DayOfWeek]).Distinct().OrderBy(MondayFirst).ToList();
                // Weeks begin on Monday (RFC 5545's default WKST=MO).
                for (var monday = first.AddDays(-MondayFirst(first.DayOfWeek)); ; monday = monday.AddDays(7 * interval))
                    foreach (var weekday in weekdays)
                        yield return monday.AddDays(MondayFirst(weekday));
            case RecurrenceFrequency.Monthly:
                for (var month = new DateOnly(first.Year, first.Month, 1); ; month = month.AddMonths(interval))
                    if (InMonth(month, first, recurrence.WeekdayPosition) is { } day) yield return day;
            case RecurrenceFrequency.Yearly:
                for (var year = first.Year; year <= DateOnly.MaxValue.Year - interval; year += interval)
                    if (first.Day <= DateTime.DaysInMonth(year, first.Month)) yield return new DateOnly(year, first.Month, first.Day);
                yield break;
            default:
                yield break;
        }
    }

    /// <summary>The series' day in one month: the same date, or the same weekday at the same position; null when that month has none.</summary>
    private static DateOnly? InMonth(DateOnly month, DateOnly first, int? position)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        if (position is not { } nth) return first.Day <= days ? new DateOnly(month.Year, month.Month, first.Day) : null;
        if (nth == -1)
        {
            var last = new DateOnly(month.Year, month.Month, days);
            return last.AddDays(-((7 + (int)last.DayOfWeek - (int)first.DayOfWeek) % 7));
        }
        var firstOfKind = month.AddDays((7 + (int)first.DayOfWeek - (int)month.DayOfWeek) % 7);
        var day = firstOfKind.AddDays(7 * (nth - 1));
        return day.Month == month.Month ? day : null;
    }

    /// <summary>The position of a weekday in a week that starts on Monday.</summary>
    public static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>"le 2e mardi" or "le dernier vendredi": the position of a day in its month, as the form offers it.</summary>
    public static int PositionInMonth(DateOnly day) => (day.Day - 1) / 7 + 1;

    public static bool IsLastOfItsKind(DateOnly day) => day.AddDays(7).Month != day.Month;
}
