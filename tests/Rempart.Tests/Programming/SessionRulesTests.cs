using Rempart.Domain.Programming;

namespace Rempart.Tests.Programming;

public sealed class SessionRulesTests
{
    private static Session Session(string start, string end, int capacity = 12, int minAge = 18, int? maxAge = null) => new()
    {
        StartDate = DateOnly.Parse(start), EndDate = DateOnly.Parse(end), Capacity = capacity, MinimumAge = minAge, MaximumAge = maxAge,
    };

    [Fact]
    public void Validate_AValidSession_HasNoError()
    {
        Assert.Empty(SessionRules.Validate(Session("2027-07-05", "2027-07-19")));
    }

    [Theory]
    [InlineData("2027-07-19", "2027-07-05")]
    [InlineData("2027-07-05", "2027-07-05")]
    public void Validate_EndNotAfterStart_NamesTheEndDateInFrench(string start, string end)
    {
        var errors = SessionRules.Validate(Session(start, end));

        Assert.Equal("La date de fin doit être postérieure à la date de début.", errors[nameof(Domain.Programming.Session.EndDate)]);
    }

    [Fact]
    public void Validate_NoPlaceAndInvertedAges_ReportsEachField()
    {
        var errors = SessionRules.Validate(Session("2027-07-05", "2027-07-19", capacity: 0, minAge: 17, maxAge: 14));

        Assert.Equal(["Capacity", "MaximumAge"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("2027-07-01", "2027-07-10", "2027-07-09", "2027-07-20", true)]
    [InlineData("2027-07-01", "2027-07-10", "2027-07-10", "2027-07-20", false)] // one leaves the day the other arrives
    [InlineData("2027-07-01", "2027-07-31", "2027-07-10", "2027-07-12", true)]
    [InlineData("2027-07-01", "2027-07-05", "2027-08-01", "2027-08-05", false)]
    public void Overlaps_IsSymmetric_AndTreatsTheEndAsTheDepartureDay(string s1, string e1, string s2, string e2, bool expected)
    {
        var a = Session(s1, e1);
        var b = Session(s2, e2);

        Assert.Equal(expected, SessionRules.Overlaps(a, b));
        Assert.Equal(expected, SessionRules.Overlaps(b, a));
    }
}
