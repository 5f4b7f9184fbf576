using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

public sealed record CalendarFilter(string? Region = null, Guid? AssociationId = null, string? Technique = null, SessionStatus? Status = null);

public sealed class CalendarSession
{
    public Guid Id { get; init; }
    public string Worksite { get; init; } = "";
    public string Commune { get; init; } = "";
    public string Association { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public int Capacity { get; init; }
    public SessionStatus Status { get; init; }

    public string Text => $"{Worksite} ({Commune})";

    /// <summary>Calendar start: the arrival day.</summary>
    public DateTime Start => StartDate.ToDateTime(TimeOnly.MinValue);

    /// <summary>Calendar end (exclusive): the day after departure, so the departure day is shown.</summary>
    public DateTime End => EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue);
}

/// <summary>The sessions running in a date range (the calendar's visible range), filtered, scoped to the actor.</summary>
public sealed class ListCalendarSessions(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyList<CalendarSession>> ExecuteAsync(DateOnly rangeStart, DateOnly rangeEnd, CalendarFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = ProgrammeRows.Sessions(db, actor, null).Where(r => r.StartDate < rangeEnd && rangeStart <= r.EndDate);
        if (!string.IsNullOrEmpty(filter.Region)) query = query.Where(r => r.Region == filter.Region);
        if (filter.AssociationId is { } association) query = query.Where(r => r.AssociationId == association);
        if (!string.IsNullOrEmpty(filter.Technique)) query = query.Where(r => r.Techniques != null && r.Techniques.Contains(filter.Technique));
        if (filter.Status is { } status) query = query.Where(r => r.Status == status);
        return await query.OrderBy(r => r.StartDate).Select(r => new CalendarSession
        {
            Id = r.Id, Worksite = r.Worksite, Commune = r.Commune, Association = r.Association,
            StartDate = r.StartDate, EndDate = r.EndDate, Capacity = r.Capacity, Status = r.Status,
        }).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sites.Where(s => s.Region != null).Select(s => s.Region!).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
    }
}
