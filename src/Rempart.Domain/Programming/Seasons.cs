namespace Rempart.Domain.Programming;

/// <summary>A season is the calendar year its sessions start in; from October on, the union prepares next year's.</summary>
public static class Seasons
{
    public const int PreparationStartsInMonth = 10;

    public static int BeingPrepared(DateTimeOffset now) => now.Month >= PreparationStartsInMonth ? now.Year + 1 : now.Year;

    /// <summary>The season before the one being prepared: the one to copy from, the last one run.</summary>
    public static int Previous(DateTimeOffset now) => BeingPrepared(now) - 1;
}
