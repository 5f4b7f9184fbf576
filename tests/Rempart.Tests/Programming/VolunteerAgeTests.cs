using Rempart.Domain.Volunteers;

namespace Rempart.Tests.Programming;

public sealed class VolunteerAgeTests
{
    [Theory]
    [InlineData("2010-07-05", "2027-07-04", 16)]
    [InlineData("2010-07-05", "2027-07-05", 17)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void AgeOn_CountsBirthdaysExactly(string birth, string day, int expected)
    {
        var volunteer = new Volunteer { FirstName = "Léa", LastName = "Martin", Email = "lea@exemple.org", BirthDate = DateOnly.Parse(birth) };

        Assert.Equal(expected, volunteer.AgeOn(DateOnly.Parse(day)));
    }
}
