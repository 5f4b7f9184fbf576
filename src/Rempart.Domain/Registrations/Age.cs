namespace Rempart.Domain.Registrations;

/// <summary>A person's age in whole years on a given day.</summary>
public static class Age
{
    public static int On(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        if (birthDate > day.AddYears(-age)) age--;
        return age;
    }
}
