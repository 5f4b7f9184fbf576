using Rempart.Domain.Extranet;

namespace Rempart.Tests.Extranet;

/// <summary>Expanding repeating events as RFC 5545 does: summer time, month ends, missing weekdays, exceptions, counts.</summary>
public sealed class RecurrenceRulesTests
{
    private static DateTime At(string local) => DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<Occurrence> Expand(string start, string end, Recurrence recurrence, string from, string to, params OccurrenceChange[] changes) =>
        RecurrenceRules.Expand(At(start), At(end), recurrence, changes, DateOnly.Parse(from), DateOnly.Parse(to));

    [Fact]
    public void AWeeklyMeeting_StaysAt18hLocal_AcrossBothChangesOfTime()
    {
        var tuesdays = Expand("2027-03-16T18:00", "2027-03-16T20:00", new Recurrence(RecurrenceFrequency.Weekly), "2027-03-01", "2027-11-10");
        Assert.All(tuesdays, o => Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(18, 0)), (o.Start.DayOfWeek, TimeOnly.FromDateTime(o.Start))));
        // Summer time starts on 28 March 2027 and ends on 31 October 2027: the UTC hour moves, the local one does not.
        Assert.Equal(17, ParisClock.ToUtc(tuesdays.Single(o => o.OriginalDate == new DateOnly(2027, 3, 23)).Start).Hour);
        Assert.Equal(16, ParisClock.ToUtc(tuesdays.Single(o => o.OriginalDate == new DateOnly(2027, 3, 30)).Start).Hour);
        Assert.Equal(16, ParisClock.ToUtc(tuesdays.Single(o => o.OriginalDate == new DateOnly(2027, 10, 26)).Start).Hour);
        Assert.Equal(17, ParisClock.ToUtc(tuesdays.Single(o => o.OriginalDate == new DateOnly(2027, 11, 2)).Start).Hour);
        Assert.Equal(35, tuesdays.Count);
    }

    [Fact]
    public void ATimeThatDoesNotExist_IsAnHourLater_AndOneThatHappensTwice_IsTheFirst()
    {
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), ParisClock.ToUtc(At("2027-03-28T02:30")));
        Assert.Equal(new DateTime(2027, 10, 31, 0, 30, 0, DateTimeKind.Utc), ParisClock.ToUtc(At("2027-10-31T02:30")));
    }

    [Fact]
    public void OnThe31st_MonthsWithout31DaysAreSkipped_NotMovedToTheirLastDay()
    {
        var days = Expand("2027-01-31T10:00", "2027-01-31T11:00", new Recurrence(RecurrenceFrequency.Monthly), "2027-01-01", "2027-12-31").Select(o => o.OriginalDate.ToString("MM-dd"));
        Assert.Equal(["01-31", "03-31", "05-31", "07-31", "08-31", "10-31", "12-31"], days);
    }

    [Fact]
    public void TheFifthTuesday_OnlyComesInMonthsThatHaveOne_AndTheLastFridayEveryMonth()
    {
        // 30 March 2027 is a 5th Tuesday.
        var fifth = Expand("2027-03-30T14:00", "2027-03-30T15:00", new Recurrence(RecurrenceFrequency.Monthly, WeekdayPosition: 5), "2027-01-01", "2027-12-31");
        Assert.Equal(["2027-03-30", "2027-06-29", "2027-08-31", "2027-11-30"], fifth.Select(o => o.OriginalDate.ToString("yyyy-MM-dd")));
        var second = Expand("2027-01-12T14:00", "2027-01-12T15:00", new Recurrence(RecurrenceFrequency.Monthly, WeekdayPosition: 2, Count: 3), "2027-01-01", "2027-12-31");
        Assert.Equal(["2027-01-12", "2027-02-09", "2027-03-09"], second.Select(o => o.OriginalDate.ToString("yyyy-MM-dd")));
        var lastFriday = Expand("2027-01-29T17:00", "2027-01-29T18:00", new Recurrence(RecurrenceFrequency.Monthly, WeekdayPosition: -1), "2027-01-01", "2027-04-30");
        Assert.Equal(["2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30"], lastFriday.Select(o => o.OriginalDate.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void The29thOfFebruary_ComesBackInLeapYearsOnly()
    {
        var days = Expand("2028-02-29T00:00", "2028-02-29T23:59", new Recurrence(RecurrenceFrequency.Yearly), "2028-01-01", "2037-12-31");
        Assert.Equal([2028, 2032, 2036], days.Select(o => o.OriginalDate.Year));
    }

    [Fact]
    public void EveryOtherWeek_OnMondayAndThursday_FromAThursday_UntilADay()
    {
        var days = Expand("2027-01-07T09:00", "2027-01-07T10:00",
            new Recurrence(RecurrenceFrequency.Weekly, Interval: 2, Weekdays: [DayOfWeek.Monday, DayOfWeek.Thursday], Until: new DateOnly(2027, 2, 4)), "2027-01-01", "2027-12-31");
        // The Monday of the first week is before the start: not an occurrence.
        Assert.Equal(["01-07", "01-18", "01-21", "02-01", "02-04"], days.Select(o => o.OriginalDate.ToString("MM-dd")));
    }

    [Fact]
    public void ACancelledOccurrence_CountsInCount_AndAMovedOneShowsAtItsNewTime()
    {
        var recurrence = new Recurrence(RecurrenceFrequency.Daily, Count: 5);
        var days = Expand("2027-06-01T09:00", "2027-06-01T10:00", recurrence, "2027-06-01", "2027-06-30",
            new OccurrenceChange(new DateOnly(2027, 6, 2), Cancelled: true),
            new OccurrenceChange(new DateOnly(2027, 6, 3), Cancelled: false, At("2027-06-10T15:00"), At("2027-06-10T16:30")));
        Assert.Equal(["06-01", "06-04", "06-05", "06-10"], days.Select(o => o.Start.ToString("MM-dd")));
        var moved = days.Single(o => o.Moved);
        Assert.Equal((new DateOnly(2027, 6, 3), At("2027-06-10T16:30")), (moved.OriginalDate, moved.End));
        // Only the range asked for.
        Assert.Equal(["06-04"], Expand("2027-06-01T09:00", "2027-06-01T10:00", recurrence, "2027-06-04", "2027-06-04").Select(o => o.Start.ToString("MM-dd")));
    }

    [Fact]
    public void AnEventAcrossMidnight_ShowsInTheRangeOfItsSecondDay()
    {
        var night = Expand("2027-07-13T22:00", "2027-07-14T02:00", Recurrence.None, "2027-07-14", "2027-07-14");
        Assert.Single(night);
    }

    [Theory]
    [InlineData("2027-01-01T10:00", "2027-01-01T09:00", RecurrenceFrequency.None, 1, null, null, "End")]
    [InlineData("2027-01-01T10:00", "2027-01-01T11:00", RecurrenceFrequency.Weekly, 0, null, null, "Interval")]
    [InlineData("2027-01-01T10:00", "2027-01-01T11:00", RecurrenceFrequency.Daily, 1, 0, null, "Count")]
    [InlineData("2027-01-01T10:00", "2027-01-01T11:00", RecurrenceFrequency.Daily, 1, null, "2026-12-31", "Until")]
    [InlineData("2027-01-01T10:00", "2027-01-01T11:00", RecurrenceFrequency.Daily, 1, 3, "2027-02-01", "Until")]
    public void WrongRepetitions_AreRefusedByField(string start, string end, RecurrenceFrequency frequency, int interval, int? count, string? until, string field) =>
        Assert.Contains(field, RecurrenceRules.Validate(At(start), At(end), new Recurrence(frequency, interval, Count: count, Until: until is null ? null : DateOnly.Parse(until))).Keys);
}
