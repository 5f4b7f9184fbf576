namespace Rempart.Domain.Extranet;

/// <summary>
/// Local times of the calendar (Europe/Paris) to UTC, as RFC 5545 reads them: a time that does not
/// exist (02:30 on the night clocks go forward) is taken an hour later, and a time that happens
/// twice (02:30 on the night they go back) is the first of the two, still in summer time.
/// </summary>
public static class ParisClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        if (Zone.IsAmbiguousTime(local))
            return DateTime.SpecifyKind(local - Zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
