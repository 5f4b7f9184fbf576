namespace Rempart.Domain.Programming;

/// <summary>A dated session of a worksite that volunteers join.</summary>
public sealed class Session
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid WorksiteId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int Capacity { get; set; }
    public int MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public SessionStatus Status { get; set; }

    /// <summary>The season is the year the session starts in.</summary>
    public int Season => StartDate.Year;

    public int Nights => EndDate.DayNumber - StartDate.DayNumber;
}
