using Rempart.Data.Programming;
using Rempart.Domain.Programming;
using Rempart.Web.Programming;

namespace Rempart.Tests.Programming;

public sealed class SeasonMonthTests
{
    private static CalendarSession Session(string worksite, string start, string end, SessionStatus status = SessionStatus.Published) => new()
    {
        Id = Guid.NewGuid(), Worksite = worksite, Commune = "Guédelon", Association = "Association", StartDate = DateOnly.Parse(start), EndDate = DateOnly.Parse(end),
        Capacity = 12, Status = status,
    };

    [Fact]
    public void TheMonth_IsDrawnInWholeWeeks_FromMondayToSunday()
    {
        // July 2031 starts on a Tuesday and ends on a Thursday.
        var month = SeasonMonth.Of(DateOnly.Parse("2031-07-17"));
        Assert.Equal((DateOnly.Parse("2031-07-01"), DateOnly.Parse("2031-06-30"), DateOnly.Parse("2031-08-03")), (month.Month, month.First, month.Last));
        // A month that starts on a Monday and ends on a Sunday draws no other month's day.
        var march = SeasonMonth.Of(DateOnly.Parse("2027-03-01"));
        Assert.Equal((DateOnly.Parse("2027-03-01"), DateOnly.Parse("2027-04-04")), (march.First, march.Last));
    }

    [Fact]
    public void ASession_IsShownOnItsArrivalDayOnly_ThreeADay_ThenHowManyMore()
    {
        var sessions = new[]
        {
            Session("Donjon", "2031-07-07", "2031-07-20"), Session("Abbaye", "2031-07-07", "2031-07-12"), Session("Courtine", "2031-07-07", "2031-07-19"),
            Session("Beffroi", "2031-07-07", "2031-07-19"), Session("Enceinte", "2031-07-07", "2031-07-19"),
            // Arrived in June: drawn there, not again in July's days.
            Session("Moulin", "2031-06-20", "2031-07-04"),
        };
        var month = SeasonMonth.Of(DateOnly.Parse("2031-07-01"), sessions);

        Assert.Equal(["Abbaye", "Beffroi", "Courtine"], month.ShownOn(DateOnly.Parse("2031-07-07")).Select(s => s.Worksite));
        Assert.Equal(2, month.MoreOn(DateOnly.Parse("2031-07-07")));
        Assert.Empty(month.ShownOn(DateOnly.Parse("2031-07-08")));
        Assert.Empty(month.ShownOn(DateOnly.Parse("2031-07-01")));
        Assert.Null(month.Find(sessions[0].Id));
        Assert.Equal("Abbaye", month.Find(sessions[1].Id)!.Worksite);
    }

    [Fact]
    public void TheMarkup_HasACellPerDay_ChipsThatCarryTheirSession_AndEncodesNames()
    {
        var session = Session("<script>alert(1)</script> & fils", "2031-07-07", "2031-07-20", SessionStatus.Draft);
        var others = Enumerable.Range(0, 4).Select(i => Session($"Chantier {i}", "2031-07-09", "2031-07-20")).ToList();
        var html = SeasonMonth.Of(DateOnly.Parse("2031-07-01"), [session, .. others]).ToMarkup("Juillet 2031", "+ {0} de plus", s => $"du {s.StartDate:dd/MM}");

        Assert.Equal(35, html.Split("data-day=\"").Length - 1);
        Assert.Contains("season-other-month\" data-day=\"2031-06-30\"", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; fils (Guédelon)", html);
        Assert.Contains($"class=\"season-chip season-draft\" data-session=\"{session.Id}\" title=\"du 07/07\"", html);
        // Four arrivals on the 9th: three chips, and the fourth behind "more" (its "+" encoded, as HtmlEncoder does).
        Assert.Equal(3, html.Split("title=\"du 09/07\"").Length - 1);
        Assert.Contains("data-more=\"2031-07-09\">&#x2B; 1 de plus</button>", html);
        Assert.Equal(7, html.Split("<th scope=\"col\"").Length - 1);
    }
}
