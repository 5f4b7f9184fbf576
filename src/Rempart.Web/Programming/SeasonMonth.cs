using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Rempart.Data.Programming;

namespace Rempart.Web.Programming;

/// <summary>
/// The season calendar's month: whole weeks from Monday to Sunday around the month, each day with
/// the sessions that arrive that day (at most <see cref="ShownPerDay"/>, then how many more).
/// A session is drawn once, on its first day, with its dates in its label: drawn on every day it
/// runs, a busy July repeated each session fourteen times and the calendar held megabytes.
/// </summary>
public sealed class SeasonMonth
{
    public const int ShownPerDay = 3;

    private readonly Dictionary<DateOnly, List<CalendarSession>> shown = [];
    private readonly Dictionary<DateOnly, int> more = [];

    private SeasonMonth(DateOnly month)
    {
        Month = new DateOnly(month.Year, month.Month, 1);
        First = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        var last = Month.AddMonths(1).AddDays(-1);
        Last = last.AddDays((7 - (int)last.DayOfWeek) % 7);
    }

    /// <summary>The first day of the month shown.</summary>
    public DateOnly Month { get; }

    /// <summary>The Monday that starts the first week drawn.</summary>
    public DateOnly First { get; }

    /// <summary>The Sunday that ends the last week drawn.</summary>
    public DateOnly Last { get; }

    /// <summary>The month of <paramref name="day"/>, without sessions yet.</summary>
    public static SeasonMonth Of(DateOnly day) => new(day);

    /// <summary>
    /// The month of <paramref name="day"/> with <paramref name="sessions"/> (those running in
    /// <see cref="First"/>–<see cref="Last"/>): each kept on its first day, by worksite name.
    /// </summary>
    public static SeasonMonth Of(DateOnly day, IEnumerable<CalendarSession> sessions)
    {
        var month = new SeasonMonth(day);
        foreach (var group in sessions.Where(s => s.StartDate >= month.First && s.StartDate <= month.Last).GroupBy(s => s.StartDate))
        {
            var ordered = group.OrderBy(s => s.Worksite, StringComparer.CurrentCulture).ThenBy(s => s.Id).ToList();
            month.shown[group.Key] = ordered.Take(ShownPerDay).ToList();
            if (ordered.Count > ShownPerDay) month.more[group.Key] = ordered.Count - ShownPerDay;
        }
        return month;
    }

    public IReadOnlyList<CalendarSession> ShownOn(DateOnly day) => shown.TryGetValue(day, out var sessions) ? sessions : [];

    public int MoreOn(DateOnly day) => more.GetValueOrDefault(day);

    /// <summary>A session drawn in this month, to open it without asking the database again.</summary>
    public CalendarSession? Find(Guid id) => shown.Values.SelectMany(s => s).FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// The month as one piece of markup: a table of weeks, each day a cell (data-day) with its
    /// sessions as buttons (data-session, draggable) and a "more" button (data-more). The labels
    /// are encoded: a worksite's name is never markup. js/season-month.js turns the data
    /// attributes into drags and clicks.
    /// </summary>
    public string ToMarkup(string label, string moreText, Func<CalendarSession, string> title)
    {
        var culture = CultureInfo.CurrentCulture;
        var html = new StringBuilder(16_384);
        html.Append("<table class=\"season-month\"><caption class=\"visually-hidden\">").Append(Encode(label)).Append("</caption><thead><tr>");
        for (var i = 0; i < 7; i++)
        {
            var weekday = (DayOfWeek)((i + 1) % 7);
            html.Append("<th scope=\"col\" abbr=\"").Append(Encode(culture.DateTimeFormat.GetDayName(weekday))).Append("\">")
                .Append(Encode(culture.DateTimeFormat.GetAbbreviatedDayName(weekday))).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Monday) html.Append("<tr>");
            html.Append("<td class=\"season-day").Append(day.Month == Month.Month ? "" : " season-other-month").Append("\" data-day=\"")
                .Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\"><span class=\"season-day-number\">").Append(day.Day).Append("</span>");
            foreach (var session in ShownOn(day))
                html.Append("<button type=\"button\" draggable=\"true\" class=\"season-chip season-").Append(session.Status.ToString().ToLowerInvariant())
                    .Append("\" data-session=\"").Append(session.Id).Append("\" title=\"").Append(Encode(title(session))).Append("\">")
                    .Append(Encode(session.Text)).Append("</button>");
            if (MoreOn(day) > 0)
                html.Append("<button type=\"button\" class=\"season-more\" data-more=\"").Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
                    .Append(Encode(string.Format(culture, moreText, MoreOn(day)))).Append("</button>");
            html.Append("</td>");
            if (day.DayOfWeek == DayOfWeek.Sunday) html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    // Markup characters encoded, letters kept as they are: "é" stays one character, not six.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
