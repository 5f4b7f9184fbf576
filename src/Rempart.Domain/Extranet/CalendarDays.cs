namespace Rempart.Domain.Extranet;

/// <summary>Weekdays as RFC 5545 writes them (MO, TU, ...), for the stored rule and the iCalendar feed.</summary>
public static class CalendarDays
{
    private static readonly string[] Codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static string Code(DayOfWeek day) => Codes[(int)day];

    public static string Format(IEnumerable<DayOfWeek> days) => string.Join(",", days.Distinct().OrderBy(RecurrenceRules.MondayFirst).Select(Code));

    public static IReadOnlyList<DayOfWeek>? Parse(string? codes) =>
        string.IsNullOrWhiteSpace(codes) ? null
            : codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => Array.IndexOf(Codes, c.ToUpperInvariant())).Where(i => i >= 0).Select(i => (DayOfWeek)i).ToList();
}
