using Rempart.Domain.Programming;

namespace Rempart.Tests.Programming;

public sealed class SeasonsTests
{
    [Theory]
    [InlineData("2026-09-30", 2026, 2025)]
    [InlineData("2026-10-01", 2027, 2026)]
    [InlineData("2027-03-15", 2027, 2026)]
    public void FromOctober_TheUnionPreparesNextYearsSeason(string today, int prepared, int previous)
    {
        var now = DateTimeOffset.Parse(today + "T12:00:00Z");

        Assert.Equal(prepared, Seasons.BeingPrepared(now));
        Assert.Equal(previous, Seasons.Previous(now));
    }
}
