namespace Rempart.Domain.Invoicing;

/// <summary>
/// French money documents are dated in France: the day and the year turn at midnight in Paris, not
/// in UTC. Stored instants stay UTC; this converts them for dates, numbering and printing.
/// </summary>
public static class ParisTime
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);

    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(Of(utc));

    /// <summary>"22/11/2026", the day in Paris.</summary>
    public static string Day(DateTime utc) => Of(utc).ToString("dd/MM/yyyy");

    /// <summary>A time read on a French clock (a date-time field), in UTC.</summary>
    public static DateTime ToUtc(DateTime paris) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(paris, DateTimeKind.Unspecified), Paris);

    /// <summary>Midnight in Paris at the start of that day, in UTC: where a period of days begins.</summary>
    public static DateTime StartOf(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Paris);

    /// <summary>Noon in Paris on that day, in UTC: a day given without a time.</summary>
    public static DateTime NoonOf(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), Paris);
}
