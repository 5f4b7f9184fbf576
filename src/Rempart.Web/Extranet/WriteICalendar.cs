using System.Globalization;
using System.Text;
using Rempart.Data.Extranet;
using Rempart.Domain.Extranet;

namespace Rempart.Web.Extranet;

/// <summary>
/// A member's calendar as RFC 5545 text: one VEVENT per event, with its RRULE and EXDATE in the
/// Europe/Paris time zone (described by a VTIMEZONE), and one VEVENT with a RECURRENCE-ID for each
/// moved occurrence. Lines end in CRLF and are folded at 75 octets; text values are escaped.
/// </summary>
public static class WriteICalendar
{
    private const string Zone = "Europe/Paris";

    private static readonly string[] TimeZone =
    [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ];

    public static string Execute(FeedContent feed, string unionName, string host, IReadOnlyDictionary<Guid, string> groupNames, IReadOnlyList<EventAttribute> attributes)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", $"PRODID:-//{Text(unionName)}//Rempart//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Text($"Extranet — {feed.OwnerName}")}", $"X-WR-TIMEZONE:{Zone}",
        };
        lines.AddRange(TimeZone);
        foreach (var detail in feed.Events)
        {
            var e = detail.Event;
            var uid = $"UID:{e.Id:N}@{host}";
            lines.Add("BEGIN:VEVENT");
            lines.Add(uid);
            lines.Add($"DTSTAMP:{Utc(e.UpdatedAt)}");
            lines.Add($"LAST-MODIFIED:{Utc(e.UpdatedAt)}");
            lines.Add($"SUMMARY:{Text(e.Title)}");
            lines.AddRange(Times(e, e.Start, e.End));
            if (Rule(e) is { } rule) lines.Add(rule);
            // Cancelled occurrences are excluded; moved ones are replaced below by their own VEVENT.
            foreach (var change in detail.Changes.Where(c => c.Cancelled))
                lines.Add(e.AllDay ? $"EXDATE;VALUE=DATE:{change.OriginalDate:yyyyMMdd}" : $"EXDATE;TZID={Zone}:{Local(change.OriginalDate.ToDateTime(TimeOnly.FromDateTime(e.Start)))}");
            if (e.Location is { } location) lines.Add($"LOCATION:{Text(location)}");
            if (Description(e, detail, attributes) is { Length: > 0 } description) lines.Add($"DESCRIPTION:{Text(description)}");
            var groups = detail.Groups.Select(g => groupNames.GetValueOrDefault(g)).OfType<string>().ToList();
            if (groups.Count > 0) lines.Add($"CATEGORIES:{string.Join(",", groups.Select(Text))}");
            lines.Add("END:VEVENT");
            foreach (var moved in detail.Changes.Where(c => !c.Cancelled && c.Start is not null))
            {
                lines.Add("BEGIN:VEVENT");
                lines.Add(uid);
                lines.Add($"DTSTAMP:{Utc(e.UpdatedAt)}");
                lines.Add(e.AllDay ? $"RECURRENCE-ID;VALUE=DATE:{moved.OriginalDate:yyyyMMdd}" : $"RECURRENCE-ID;TZID={Zone}:{Local(moved.OriginalDate.ToDateTime(TimeOnly.FromDateTime(e.Start)))}");
                lines.Add($"SUMMARY:{Text(e.Title)}");
                lines.AddRange(Times(e, moved.Start!.Value, moved.End ?? moved.Start.Value + (e.End - e.Start)));
                if (e.Location is { } movedLocation) lines.Add($"LOCATION:{Text(movedLocation)}");
                lines.Add("END:VEVENT");
            }
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return text.ToString();
    }

    private static IEnumerable<string> Times(CalendarEvent e, DateTime start, DateTime end) => e.AllDay
        // An all-day event ends, in iCalendar, on the day after its last day.
        ? [$"DTSTART;VALUE=DATE:{start:yyyyMMdd}", $"DTEND;VALUE=DATE:{end.Date.AddDays(1):yyyyMMdd}"]
        : [$"DTSTART;TZID={Zone}:{Local(start)}", $"DTEND;TZID={Zone}:{Local(end)}"];

    /// <summary>The event's RRULE; null when it does not repeat.</summary>
    public static string? Rule(CalendarEvent e)
    {
        var r = e.Recurrence;
        if (r.Frequency == RecurrenceFrequency.None) return null;
        var first = DateOnly.FromDateTime(e.Start);
        var parts = new List<string> { $"FREQ={r.Frequency.ToString().ToUpperInvariant()}" };
        if (r.Interval > 1) parts.Add($"INTERVAL={r.Interval}");
        switch (r.Frequency)
        {
            case RecurrenceFrequency.Weekly:
                parts.Add($"BYDAY={CalendarDays.Format(r.Weekdays is { Count: > 0 } days ? days : [first.DayOfWeek])}");
                break;
            case RecurrenceFrequency.Monthly when r.WeekdayPosition is { } nth:
                parts.Add($"BYDAY={nth}{CalendarDays.Code(first.DayOfWeek)}");
                break;
            case RecurrenceFrequency.Monthly:
                parts.Add($"BYMONTHDAY={first.Day}");
                break;
            case RecurrenceFrequency.Yearly:
                parts.Add($"BYMONTH={first.Month};BYMONTHDAY={first.Day}");
                break;
        }
        // UNTIL is UTC when the start has a time zone, a date when the event lasts whole days.
        if (r.Until is { } until)
            parts.Add(e.AllDay ? $"UNTIL={until:yyyyMMdd}" : $"UNTIL={Utc(ParisClock.ToUtc(until.ToDateTime(new TimeOnly(23, 59, 59))))}");
        if (r.Count is { } count) parts.Add($"COUNT={count}");
        return "RRULE:" + string.Join(";", parts);
    }

    private static string Description(CalendarEvent e, EventDetail detail, IReadOnlyList<EventAttribute> attributes)
    {
        var text = new StringBuilder(e.Description ?? "");
        foreach (var attribute in attributes)
            if (detail.Values.TryGetValue(attribute.Id, out var value))
                text.Append(text.Length > 0 ? "\n" : "").Append($"{attribute.Name} : {value}");
        return text.ToString();
    }

    private static string Local(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n.</summary>
    public static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").ReplaceLineEndings("\n").Replace("\n", "\\n");

    /// <summary>Lines of at most 75 octets, the rest on lines that begin with a space, never cutting a UTF-8 character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var limit = 75;
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
